package org.tongxin.proposals.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/**
 * Full-text search over proposals and reports for any signed-in user. The index gives the rows
 * holding every gram of the query, those with the query in the title first, then the others, each
 * newest first ({@link SearchCandidates}); the owning parts decide which of them the actor may see
 * ({@link VisibleHits}). Candidates are read a page at a time until the actor's hits fill the limit:
 * a page the size of the limit first (enough for someone who sees everything), then pages four times
 * larger, so that an actor who sees a small share of the records still gets every hit there is
 * without anyone reading every match of a common word. An actor whose records beyond the public ones
 * the owning parts can list (a member) reads only the public rows and those.
 */
@Service
public class ProposalSearch {

	static final int MAX_QUERY = 100;

	static final int MAX_HITS = 50;

	/** The largest page; past it a part is read in pages of this size. */
	private static final int MAX_PAGE = 3_200;

	/** Candidates read for one search at most, whatever the actor sees (bounds the worst case). */
	static final int MAX_CANDIDATES = 40_000;

	private static final int EXCERPT = 60;

	/** The longest list of own records a narrow actor's search reads beside the public ones. */
	static final int MAX_REACH = 500;

	private final SearchCandidates candidates;

	private final VisibleHits visible;

	private final List<SourceRecords> records;

	ProposalSearch(SearchCandidates candidates, List<SourceRecords> records) {
		this.candidates = candidates;
		this.visible = new VisibleHits(records);
		this.records = List.copyOf(records);
	}

	@Transactional(readOnly = true)
	public List<SearchHit> search(Actor actor, String query, int limit) {
		String q = query == null ? "" : query.strip();
		if (q.length() > MAX_QUERY) {
			throw new Rejection("q", "proposal.search.error.tooLong", MAX_QUERY);
		}
		List<Set<String>> words = Grams.ofQueryWords(q);
		Set<String> grams = new LinkedHashSet<>();
		words.forEach(grams::addAll);
		if (grams.isEmpty()) {
			return List.of();
		}
		int wanted = Math.max(1, Math.min(limit, MAX_HITS));
		String first = firstWord(q);
		SearchCandidates.Reach reach = reach(actor);
		List<SearchHit> hits = new ArrayList<>();
		int read = 0;
		for (SearchCandidates.Part part : SearchCandidates.Part.values()) {
			boolean walk = candidates.walks(part, words);
			SearchCandidates.Cursor after = SearchCandidates.Cursor.START;
			int page = wanted;
			while (hits.size() < wanted && read < MAX_CANDIDATES) {
				List<VisibleHits.Candidate> found = candidates.page(part, walk, grams, reach, after, page);
				read += found.size();
				hits.addAll(visible.filter(actor, found, wanted - hits.size(), content -> excerpt(content, first)));
				if (found.size() < page) {
					break;
				}
				after = SearchCandidates.Cursor.after(found.get(found.size() - 1));
				page = Math.min(page * 4, MAX_PAGE);
			}
		}
		return hits;
	}

	/**
	 * The public rows and the actor's own, when every owning part can list the actor's own (a member,
	 * a party organisation); null (every row) when one cannot (staff, handling units, town officers).
	 */
	private SearchCandidates.Reach reach(Actor actor) {
		Map<SourceKind, Set<Long>> own = new EnumMap<>(SourceKind.class);
		for (SourceRecords part : records) {
			Optional<Set<Long>> beyond = part.beyondPublic(actor, MAX_REACH);
			if (beyond.isEmpty()) {
				return null;
			}
			own.put(part.kind(), beyond.get());
		}
		return new SearchCandidates.Reach(List.copyOf(own.getOrDefault(SourceKind.PROPOSAL, Set.of())),
				List.copyOf(own.getOrDefault(SourceKind.REPORT, Set.of())));
	}

	private static String firstWord(String q) {
		String lower = q.toLowerCase(Locale.ROOT);
		int space = lower.indexOf(' ');
		return space < 0 ? lower : lower.substring(0, space);
	}

	/** Some text around the first query word, or the beginning of the text. */
	static String excerpt(String content, String word) {
		String text = content.replaceAll("\\s+", " ").strip();
		int at = text.toLowerCase(Locale.ROOT).indexOf(word);
		int start = at < 0 ? 0 : Math.max(0, at - EXCERPT / 3);
		int end = Math.min(text.length(), start + EXCERPT);
		return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
	}

}
