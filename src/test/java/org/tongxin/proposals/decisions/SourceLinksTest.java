package org.tongxin.proposals.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.tongxin.ActorFixtures;
import org.tongxin.proposals.SourceKind;
import org.tongxin.proposals.SourceRecords;
import org.tongxin.proposals.SourceRef;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The linking rules on hand-written sources: a manager links a seen, linkable source once, and the
 * source's part records it; an unseen source is a 404, a declined or draft one is refused naming
 * its status, a second link names the decision the source belongs to, also when it was taken by
 * someone else between the check and the insert; without DECISION_MANAGE nothing is linked.
 */
class SourceLinksTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC);

	private static final java.time.LocalDate DECIDED = java.time.LocalDate.of(2026, 11, 20);

	private final Actor staff = ActorFixtures.actor("staff", Privilege.DECISION_MANAGE);

	private final FakeProposals proposals = new FakeProposals();

	private final FakeLinks table = new FakeLinks();

	private final SourceLinks links = new SourceLinks(Map.of(SourceKind.PROPOSAL, proposals), table, CLOCK);

	@Test
	void aManagerLinksASeenRegisteredProposalAndItsPartRecordsIt() {
		SourceRef linked = links.link(staff, 7, "五委发〔2026〕3号", DECIDED, SourceKind.PROPOSAL, 12);

		assertThat(linked.number()).isEqualTo("JY2026-012");
		assertThat(table.decisionOf(SourceKind.PROPOSAL, 12)).contains(new SourceLinkTable.LinkedDecision(7, "五委发〔2026〕3号"));
		assertThat(proposals.recorded).containsExactly("12→7 五委发〔2026〕3号");
	}

	@Test
	void aSecondLinkIsRefusedNamingTheDecisionItBelongsTo() {
		links.link(staff, 7, "五委发〔2026〕3号", DECIDED, SourceKind.PROPOSAL, 12);

		assertThatThrownBy(() -> links.link(staff, 8, "五府发〔2026〕9号", DECIDED, SourceKind.PROPOSAL, 12))
			.isInstanceOfSatisfying(Rejection.class, r -> {
				assertThat(r.problems().get(0).code()).isEqualTo("decision.source.taken");
				assertThat(r.problems().get(0).args()).contains("JY2026-012", "五委发〔2026〕3号");
			});
		assertThat(proposals.recorded).hasSize(1);
	}

	@Test
	void aLinkTakenByAnotherBetweenTheCheckAndTheInsertIsTheSameRefusal() {
		table.raceWinner = new SourceLinkTable.LinkedDecision(5, "两办发〔2026〕1号");

		assertThatThrownBy(() -> links.link(staff, 7, "五委发〔2026〕3号", DECIDED, SourceKind.PROPOSAL, 12))
			.isInstanceOfSatisfying(Rejection.class, r -> {
				assertThat(r.problems().get(0).code()).isEqualTo("decision.source.taken");
				assertThat(r.problems().get(0).args()).contains("两办发〔2026〕1号");
			});
		assertThat(proposals.recorded).isEmpty();
	}

	@Test
	void aDeclinedOrDraftProposalIsRefusedWithItsStatus() {
		for (long id : List.of(13L, 14L)) {
			assertThatThrownBy(() -> links.link(staff, 7, "五委发〔2026〕3号", DECIDED, SourceKind.PROPOSAL, id))
				.isInstanceOfSatisfying(Rejection.class, r -> {
					assertThat(r.problems().get(0).field()).isEqualTo("source");
					assertThat(r.problems().get(0).code()).isEqualTo("proposal.notLinkable");
					// the status travels as a message of its own, so the reader sees 不予立案, not DECLINED
					var status = (org.springframework.context.MessageSourceResolvable) r.problems().get(0).args()[0];
					assertThat(status.getCodes()).containsAnyOf("proposal.status.DECLINED", "proposal.status.DRAFT");
				});
		}
		assertThat(table.rows).isEmpty();
	}

	@Test
	void aDecisionOlderThanTheSourceIsRefusedNamingBothDates() {
		assertThatThrownBy(() -> links.link(staff, 7, "五委发〔2026〕3号", java.time.LocalDate.of(2026, 11, 24),
				SourceKind.PROPOSAL, 15))
			.isInstanceOfSatisfying(Rejection.class, r -> {
				assertThat(r.problems().get(0).field()).isEqualTo("source");
				assertThat(r.problems().get(0).code()).isEqualTo("decision.source.submittedAfter");
				assertThat(r.problems().get(0).args()).containsExactly("JY2026-015", "2026-11-25", "2026-11-24");
			});
		assertThat(table.rows).isEmpty();
		assertThat(proposals.recorded).isEmpty();
		// the day of the submission itself is fine
		links.link(staff, 7, "五委发〔2026〕3号", java.time.LocalDate.of(2026, 11, 25), SourceKind.PROPOSAL, 15);
		assertThat(proposals.recorded).containsExactly("15→7 五委发〔2026〕3号");
	}

	@Test
	void anUnseenSourceOrAnUnknownKindIsNotFound() {
		assertThatThrownBy(() -> links.link(staff, 7, "x", DECIDED, SourceKind.PROPOSAL, 99)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> links.link(staff, 7, "x", DECIDED, SourceKind.REPORT, 12)).isInstanceOf(NotFoundException.class);
		assertThat(table.rows).isEmpty();
	}

	@Test
	void withoutDecisionManageNothingIsLinked() {
		Actor viewer = ActorFixtures.actor("viewer", Privilege.PROPOSAL_VIEW);
		assertThatThrownBy(() -> links.link(viewer, 7, "x", DECIDED, SourceKind.PROPOSAL, 12))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(table.rows).isEmpty();
	}

	/** Proposal 12 registered, 13 declined, 14 a draft, 15 registered and submitted on 2026-11-25; 99 unseen. */
	static final class FakeProposals implements SourceRecords {

		final List<String> recorded = new ArrayList<>();

		private final Map<Long, SourceRef> refs = Map.of(12L, ref(12, "REGISTERED", null), 13L,
				ref(13, "DECLINED", "proposal.notLinkable"), 14L, ref(14, "DRAFT", "proposal.notLinkable"), 15L,
				new SourceRef(SourceKind.PROPOSAL, 15, "JY2026-015", "建议15", "民盟", "REGISTERED", null,
						java.time.LocalDate.of(2026, 11, 25)));

		private static SourceRef ref(long id, String status, String notLinkable) {
			return new SourceRef(SourceKind.PROPOSAL, id, String.format("JY2026-%03d", id), "建议" + id, "民盟", status,
					notLinkable);
		}

		@Override
		public SourceKind kind() {
			return SourceKind.PROPOSAL;
		}

		@Override
		public SourceRef visible(Actor actor, long id) {
			SourceRef ref = refs.get(id);
			if (ref == null) {
				throw new NotFoundException("proposal", id);
			}
			return ref;
		}

		@Override
		public Map<Long, SourceRef> visibleAmong(Actor actor, Collection<Long> ids) {
			return find(ids);
		}

		@Override
		public Map<Long, SourceRef> find(Collection<Long> ids) {
			return ids.stream().filter(refs::containsKey).collect(Collectors.toMap(id -> id, refs::get));
		}

		@Override
		public java.util.Set<Long> publicAmong(Collection<Long> ids) {
			throw new UnsupportedOperationException();
		}

		@Override
		public java.util.Optional<java.util.Set<Long>> beyondPublic(Actor actor, int atMost) {
			throw new UnsupportedOperationException();
		}

		@Override
		public java.util.Optional<Long> idOfNumber(String number) {
			return java.util.Optional.empty();
		}

		@Override
		public void recordLinked(Actor actor, long id, long decisionId, String decisionReference,
				java.time.Instant at) {
			recorded.add(id + "→" + decisionId + " " + decisionReference);
		}

	}

	/** The link table's primary key in memory; {@code raceWinner} links first, unseen by the look-up before the insert. */
	static final class FakeLinks implements SourceLinkTable {

		final Map<String, LinkedDecision> rows = new HashMap<>();

		LinkedDecision raceWinner;

		private static final Map<Long, String> REFERENCES = Map.of(7L, "五委发〔2026〕3号", 8L, "五府发〔2026〕9号");

		@Override
		public Optional<LinkedDecision> decisionOf(SourceKind kind, long sourceId) {
			return Optional.ofNullable(rows.get(kind + "/" + sourceId));
		}

		@Override
		public boolean insert(long decisionId, SourceKind kind, long sourceId, long userId, Instant at) {
			if (raceWinner != null) {
				rows.put(kind + "/" + sourceId, raceWinner);
				raceWinner = null;
			}
			return rows.putIfAbsent(kind + "/" + sourceId, new LinkedDecision(decisionId, REFERENCES.get(decisionId))) == null;
		}

	}

}
