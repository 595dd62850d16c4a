package org.tongxin.proposals.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.ActorFixtures;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.security.Actor;

/**
 * Search never decides visibility: what the owning part's {@link SourceRecords#visibleAmong} leaves
 * out is not shown, a kind without a bean shows nothing, and the index's order is kept.
 */
class VisibleHitsTest {

	/** Sees only the ids it is given, and remembers what it was asked. */
	static final class HandWritten implements SourceRecords {

		private final SourceKind kind;

		private final Set<Long> visible;

		final List<Collection<Long>> asked = new ArrayList<>();

		HandWritten(SourceKind kind, Long... visible) {
			this.kind = kind;
			this.visible = Set.of(visible);
		}

		@Override
		public SourceKind kind() {
			return kind;
		}

		@Override
		public SourceRef visible(Actor actor, long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Map<Long, SourceRef> visibleAmong(Actor actor, Collection<Long> ids) {
			asked.add(List.copyOf(ids));
			Map<Long, SourceRef> found = new LinkedHashMap<>();
			ids.stream().filter(visible::contains).forEach(id -> found.put(id,
					new SourceRef(kind, id, "NO-" + id, "标题" + id, "提出人", "REGISTERED", null)));
			return found;
		}

		@Override
		public Map<Long, SourceRef> find(Collection<Long> ids) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Set<Long> publicAmong(Collection<Long> ids) {
			return Set.of();
		}

		/** Sees only its list, which it does not give away: the search reads every row and asks. */
		@Override
		public java.util.Optional<Set<Long>> beyondPublic(Actor actor, int atMost) {
			return java.util.Optional.empty();
		}

		@Override
		public java.util.Optional<Long> idOfNumber(String number) {
			return java.util.Optional.empty();
		}

		@Override
		public void recordLinked(Actor actor, long id, long decisionId, String decisionReference,
				java.time.Instant at) {
			throw new UnsupportedOperationException();
		}

	}

	private static VisibleHits.Candidate proposal(long id) {
		return new VisibleHits.Candidate(SourceKind.PROPOSAL, id, null, "正文" + id);
	}

	private static VisibleHits.Candidate report(long id) {
		return new VisibleHits.Candidate(SourceKind.REPORT, id, null, "正文" + id);
	}

	@Test
	void onlyWhatTheOwningPartLetsTheActorSeeInTheIndexOrder() {
		HandWritten proposals = new HandWritten(SourceKind.PROPOSAL, 3L, 1L);
		HandWritten reports = new HandWritten(SourceKind.REPORT, 7L);
		VisibleHits hits = new VisibleHits(List.of(proposals, reports));
		Actor member = ActorFixtures.actor("member");
		List<SearchHit> found = hits.filter(member, List.of(proposal(1), report(8), proposal(2), report(7), proposal(3)), 10,
				t -> "…" + t);
		assertThat(found).extracting(h -> h.kind() + ":" + h.id()).containsExactly("PROPOSAL:1", "REPORT:7", "PROPOSAL:3");
		assertThat(found.get(0).number()).isEqualTo("NO-1");
		// the excerpt is made of the candidate's own text
		assertThat(found.get(0).excerpt()).isEqualTo("…正文1");
		// one question per kind, with all of that kind's candidates
		assertThat(proposals.asked).containsExactly(List.of(1L, 2L, 3L));
		assertThat(reports.asked).containsExactly(List.of(8L, 7L));
	}

	@Test
	void aKindWithoutItsBeanShowsNothingAndTheLimitHolds() {
		VisibleHits hits = new VisibleHits(List.of(new HandWritten(SourceKind.PROPOSAL, 1L, 2L, 3L)));
		List<SearchHit> found = hits.filter(ActorFixtures.actor("member"),
				List.of(report(1), proposal(1), proposal(2), proposal(3)), 2, t -> "…" + t);
		assertThat(found).extracting(SearchHit::id).containsExactly(1L, 2L);
		assertThat(found).allMatch(h -> h.kind() == SourceKind.PROPOSAL);
	}

}
