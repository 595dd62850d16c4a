package org.tongxin.proposals.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.Rejection;

/**
 * Full-text search over proposals and reports for any signed-in user: the index gives candidates
 * holding every gram of the query (those with the words in the title first, then the newest), the
 * owning parts decide which of them the actor may see. Two or three statements whatever the query.
 */
@Service
public class ProposalSearch {

	static final int MAX_QUERY = 100;

	static final int MAX_HITS = 50;

	/** Candidates read before the visibility check: enough that a narrow scope still fills a page. */
	private static final int CANDIDATES = 500;

	private static final int EXCERPT = 60;

	private final JdbcClient jdbc;

	private final VisibleHits visible;

	ProposalSearch(JdbcClient jdbc, List<SourceRecords> records) {
		this.jdbc = jdbc;
		this.visible = new VisibleHits(records);
	}

	@Transactional(readOnly = true)
	public List<SearchHit> search(Actor actor, String query, int limit) {
		String q = query == null ? "" : query.strip();
		if (q.length() > MAX_QUERY) {
			throw new Rejection("q", "proposal.search.error.tooLong", MAX_QUERY);
		}
		Set<String> grams = Grams.ofQuery(q);
		if (grams.isEmpty()) {
			return List.of();
		}
		String first = firstWord(q);
		List<VisibleHits.Candidate> candidates = jdbc.sql("""
				select source_kind, source_id, content, at, strpos(lower(title), :first) > 0 as in_title
				from proposals_search_text where grams @> string_to_array(:grams, ' ')
				order by in_title desc, at desc, source_id desc limit :limit""")
			.param("first", first).param("grams", String.join(" ", grams)).param("limit", CANDIDATES)
			.query((rs, n) -> new VisibleHits.Candidate(SourceKind.valueOf(rs.getString("source_kind")),
					rs.getLong("source_id"), excerpt(rs.getString("content"), first),
					rs.getObject("at", OffsetDateTime.class)))
			.list();
		return visible.filter(actor, candidates, Math.max(1, Math.min(limit, MAX_HITS)));
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
