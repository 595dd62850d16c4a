package org.tongxin.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitSummary;
import org.tongxin.ActorFixtures;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.StepTimes;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * What a proposal waits for, derived from hand-made proposals: invitations for the invited members
 * who have not signed, a returned proposal for its author, review and assignment for the
 * district's reviewers, the reply for the lead unit and an opinion for each co-handling unit that
 * owes one this round (by the deadline, amber a week before), feedback for the proposer's logins;
 * nothing once final. And which co-handling unit an opinion is given for.
 */
class ProposalWaitingTest {

	private static final long AUTHOR = 501;

	private static final long LEAD = 31;

	private static final long CO_A = 32;

	private static final long CO_B = 33;

	private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

	private static final Instant AT = Instant.parse("2026-10-01T02:00:00Z");

	@Test
	void anOpenInvitationWaitsForTheInvitedMemberWhoHasNotSigned() {
		List<WaitingItem> items = waiting(ProposalStatus.DRAFT, List.of(signer(601, null), signer(602, AT)), List.of());

		assertThat(items).extracting(WaitingItem::kind).containsExactly("proposal.waiting.coSign");
		assertThat(items).extracting(WaitingItem::to).containsExactly(Addressee.user(601));
		assertThat(items.get(0).link()).isEqualTo("/proposals/7");
		assertThat(items.get(0).number()).isEqualTo("JY2026000007");
	}

	@Test
	void aReturnedProposalWaitsForItsAuthorToReviseAndForOpenInvitations() {
		List<WaitingItem> items = waiting(ProposalStatus.RETURNED, List.of(signer(601, null)), List.of());

		assertThat(items).extracting(WaitingItem::kind, WaitingItem::to)
			.containsExactly(tuple("proposal.waiting.revise", Addressee.user(AUTHOR)),
					tuple("proposal.waiting.coSign", Addressee.user(601)));
	}

	@Test
	void reviewAndAssignmentWaitForTheDistrictsReviewers() {
		Addressee reviewers = Addressee.deployment(Privilege.PROPOSAL_REVIEW);

		assertThat(waiting(ProposalStatus.SUBMITTED, List.of(), List.of())).extracting(WaitingItem::kind, WaitingItem::to)
			.containsExactly(tuple("proposal.waiting.review", reviewers));
		assertThat(waiting(ProposalStatus.REGISTERED, List.of(), List.of())).extracting(WaitingItem::kind, WaitingItem::to)
			.containsExactly(tuple("proposal.waiting.assign", reviewers));
	}

	@Test
	void handlingWaitsForTheLeadsReplyAndTheOpinionsOfCoUnitsThatOweOne() {
		List<WaitingItem> items = ProposalWaiting.waiting(loaded(ProposalStatus.HANDLING, List.of(), coUnits()),
				Set.of(CO_A), Optional.empty(), StepTimes.NONE);

		assertThat(items).extracting(WaitingItem::kind, WaitingItem::to)
			.containsExactly(
					tuple("proposal.waiting.reply",
							Addressee.domain(Privilege.PROPOSAL_HANDLE, LEAD, "/1/31/")),
					tuple("proposal.waiting.coOpinion",
							Addressee.domain(Privilege.PROPOSAL_HANDLE, CO_B, "/1/33/")));
		assertThat(items).allSatisfy(item -> {
			assertThat(item.deadline()).isEqualTo(DUE);
			assertThat(item.warnFrom()).isEqualTo(DUE.minusDays(7));
		});
	}

	@Test
	void everyCoUnitOwesAnOpinionUntilItGivesOne() {
		List<WaitingItem> items = ProposalWaiting.waiting(loaded(ProposalStatus.HANDLING, List.of(), coUnits()),
				Set.of(), Optional.empty(), StepTimes.NONE);

		assertThat(items).filteredOn(i -> i.kind().equals("proposal.waiting.coOpinion"))
			.extracting(i -> i.to().unitId())
			.containsExactly(CO_A, CO_B);
	}

	@Test
	void aReplyWaitsForTheAuthorsAndTheProposingPersonsFeedback() {
		ProposalStore.Loaded replied = loaded(ProposalStatus.REPLIED, List.of(), coUnits());

		assertThat(ProposalWaiting.waiting(replied, Set.of(), Optional.of(777L), StepTimes.NONE)).extracting(WaitingItem::to)
			.containsExactly(Addressee.user(AUTHOR), Addressee.user(777));
		assertThat(ProposalWaiting.waiting(replied, Set.of(), Optional.of(AUTHOR), StepTimes.NONE)).extracting(WaitingItem::to)
			.as("the author is the person's own login: asked once")
			.containsExactly(Addressee.user(AUTHOR));
		assertThat(ProposalWaiting.waiting(replied, Set.of(), Optional.empty(), StepTimes.NONE)).extracting(WaitingItem::kind)
			.containsExactly("proposal.waiting.feedback");
	}

	/** Work waits since the step that brought the proposal where it is, not since the inbox saw it. */
	@Test
	void eachPieceOfWorkWaitsSinceItsStepBegan() {
		Instant submitted = Instant.parse("2026-10-02T01:00:00Z");
		Instant returned = Instant.parse("2026-10-05T01:00:00Z");
		Instant resubmitted = Instant.parse("2026-10-09T01:00:00Z");
		Instant assigned = Instant.parse("2026-10-12T01:00:00Z");
		Instant rehandled = Instant.parse("2026-11-20T01:00:00Z");
		StepTimes steps = new StepTimes(java.util.Map.of("SUBMITTED", resubmitted, "RETURNED", returned, "ASSIGNED",
				assigned, "REHANDLING", rehandled, "CREATED", submitted));

		assertThat(ProposalWaiting.waiting(loaded(ProposalStatus.SUBMITTED, List.of(), List.of()), Set.of(),
				Optional.empty(), steps)).extracting(WaitingItem::since).containsExactly(resubmitted);
		assertThat(ProposalWaiting.waiting(loaded(ProposalStatus.RETURNED, List.of(signer(601, null)), List.of()),
				Set.of(), Optional.empty(), steps))
			.extracting(WaitingItem::kind, WaitingItem::since)
			.containsExactly(tuple("proposal.waiting.revise", returned), tuple("proposal.waiting.coSign", AT));
		assertThat(ProposalWaiting.waiting(loaded(ProposalStatus.HANDLING, List.of(), coUnits()), Set.of(),
				Optional.empty(), steps)).extracting(WaitingItem::since).containsOnly(rehandled);
		assertThat(ProposalWaiting.waiting(loaded(ProposalStatus.HANDLING, List.of(), coUnits()), Set.of(),
				Optional.empty(), StepTimes.NONE)).as("no history: the proposal's own assignment time")
			.extracting(WaitingItem::since).containsOnly(AT);
	}

	@Test
	void nothingWaitsOnAFinalProposal() {
		for (ProposalStatus status : List.of(ProposalStatus.CLOSED, ProposalStatus.DECLINED, ProposalStatus.MERGED)) {
			assertThat(waiting(status, List.of(signer(601, null)), coUnits())).as(status.name()).isEmpty();
		}
	}

	@Test
	void anOpinionIsGivenForTheHandlersHomeUnitOrTheFirstOfTheirDomainStillOwingOne() {
		var liaison = ActorFixtures.actor(DataScope.UNIT, CO_B, Privilege.PROPOSAL_HANDLE);
		ProposalScope liaisonScope = new ProposalScope(liaison.userId(), null, CO_B, false, UnitScope.only(CO_B));
		assertThat(CoOpinions.unitFor(liaison, liaisonScope, coUnits(), Set.of())).isEqualTo(CO_B);

		var officer = ActorFixtures.actor(DataScope.UNIT_AND_BELOW, 1, Privilege.PROPOSAL_HANDLE);
		ProposalScope officerScope = new ProposalScope(officer.userId(), null, 1L, false,
				UnitScope.subtreeOf(new UnitSummary(1, "511112100", "竹根镇", UnitKind.TOWNSHIP, null, "/1/", 1, true)));
		assertThat(CoOpinions.unitFor(officer, officerScope, coUnits(), Set.of())).isEqualTo(CO_A);
		assertThat(CoOpinions.unitFor(officer, officerScope, coUnits(), Set.of(CO_A))).isEqualTo(CO_B);
		assertThat(CoOpinions.unitFor(officer, officerScope, coUnits(), Set.of(CO_A, CO_B))).isEqualTo(CO_A);

		var stranger = ActorFixtures.actor(DataScope.UNIT, 99, Privilege.PROPOSAL_HANDLE);
		ProposalScope strangerScope = new ProposalScope(stranger.userId(), null, 99L, false, UnitScope.only(99));
		assertThat(CoOpinions.unitFor(stranger, strangerScope, coUnits(), Set.of())).isNull();
	}

	private static List<WaitingItem> waiting(ProposalStatus status, List<ProposalStore.CoSigner> signers,
			List<ProposalStore.CoUnit> coUnits) {
		return ProposalWaiting.waiting(loaded(status, signers, coUnits), Set.of(), Optional.empty(), StepTimes.NONE);
	}

	private static ProposalStore.Loaded loaded(ProposalStatus status, List<ProposalStore.CoSigner> signers,
			List<ProposalStore.CoUnit> coUnits) {
		boolean assigned = status == ProposalStatus.HANDLING || status == ProposalStatus.REPLIED
				|| status == ProposalStatus.CLOSED;
		Proposal p = new Proposal(7, "JY2026000007", new ProposalInput.Text("RURAL", "关于发展茶叶深加工的建议", "建议……"),
				new Proposal.ProposedBy(ProposerKind.MEMBER, 88L, 21, "/1/21/", "建言甲", AUTHOR), status, 1,
				new Proposal.Dates(AT, AT, null), Proposal.Review.NONE,
				assigned ? new Proposal.Handling(LEAD, "/1/31/", AT, DUE) : Proposal.Handling.NONE, Proposal.Answer.NONE, 3);
		return new ProposalStore.Loaded(p, signers, coUnits);
	}

	private static ProposalStore.CoSigner signer(long userId, Instant signedAt) {
		return new ProposalStore.CoSigner(userId + 1000, userId, "联名" + userId, AT, signedAt);
	}

	private static List<ProposalStore.CoUnit> coUnits() {
		return List.of(new ProposalStore.CoUnit(CO_A, "/1/32/"), new ProposalStore.CoUnit(CO_B, "/1/33/"));
	}

}
