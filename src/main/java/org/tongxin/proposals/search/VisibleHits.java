package org.tongxin.proposals.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.security.Actor;

/**
 * Keeps the candidates the actor may see, in their order, by asking the owning part of each kind
 * ({@link SourceRecords#visibleAmong}, one call per kind). A kind without a bean yields nothing:
 * search never decides visibility itself, so what it cannot ask about it does not show.
 */
final class VisibleHits {

	/** A row of the index before the visibility check, with its text for the excerpt. */
	record Candidate(SourceKind kind, long id, java.time.OffsetDateTime at, String content) {
	}

	private final Map<SourceKind, SourceRecords> byKind = new EnumMap<>(SourceKind.class);

	VisibleHits(List<SourceRecords> records) {
		records.forEach(r -> byKind.put(r.kind(), r));
	}

	/** @param excerpt what a hit shows of its indexed text */
	List<SearchHit> filter(Actor actor, List<Candidate> candidates, int limit, UnaryOperator<String> excerpt) {
		Map<SourceKind, Map<Long, SourceRef>> visible = new EnumMap<>(SourceKind.class);
		for (SourceKind kind : SourceKind.values()) {
			List<Long> ids = candidates.stream().filter(c -> c.kind() == kind).map(Candidate::id).toList();
			SourceRecords records = byKind.get(kind);
			visible.put(kind, ids.isEmpty() || records == null ? Map.of() : records.visibleAmong(actor, ids));
		}
		List<SearchHit> hits = new ArrayList<>();
		for (Candidate c : candidates) {
			SourceRef ref = visible.get(c.kind()).get(c.id());
			if (ref != null && hits.size() < limit) {
				hits.add(new SearchHit(c.kind(), c.id(), ref.number(), ref.title(), ref.proposerName(), ref.status(),
						excerpt.apply(c.content() == null ? "" : c.content()), c.at()));
			}
		}
		return hits;
	}

}
