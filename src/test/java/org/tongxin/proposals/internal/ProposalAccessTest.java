package org.tongxin.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Whose turn each step is, without Spring: the steps an actor may take are those the proposal's
 * status allows ({@link Proposal#STEPS}) that are theirs: the author's text and submission, an
 * invited member's signature, the reviewers' review and assignment, the lead unit's reply, a
 * co-handling unit's opinion, the proposer side's feedback. Nobody gets a step the status does not
 * allow, whatever their privileges.
 */
class ProposalAccessTest {

	private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

	private static final long AUTHOR = 41;

	private static final long COSIGNER = 42;

	private static final long PERSON = 88;

	private static final long LEAD = 31;

	private static final long CO_UNIT = 32;

	@Test
	void theAuthorOfAMembersDraftEditsInvitesWithdrawsAndSubmitsAndTheInvitedMemberSignsOrDeclines() {
		ProposalStore.Loaded draft = loaded(ProposalStatus.DRAFT, ProposerKind.MEMBER, List.of(invited(COSIGNER, null)));
		assertThat(steps(member(AUTHOR), PERSON, draft)).containsExactlyInAnyOrder(ProposalAction.EDIT,
				ProposalAction.INVITE, ProposalAction.WITHDRAW, ProposalAction.SUBMIT);
		assertThat(steps(member(COSIGNER), 89L, draft)).containsExactlyInAnyOrder(ProposalAction.SIGN,
				ProposalAction.WITHDRAW);
		ProposalStore.Loaded signed = loaded(ProposalStatus.DRAFT, ProposerKind.MEMBER, List.of(invited(COSIGNER, AT)));
		assertThat(steps(member(COSIGNER), 89L, signed)).containsExactly(ProposalAction.WITHDRAW);
		assertThat(steps(reviewer(), null, draft)).isEmpty();
	}

	@Test
	void anOrganisationsProposalHasNoCoSigners() {
		ProposalStore.Loaded draft = loaded(ProposalStatus.RETURNED, ProposerKind.ORGANISATION, List.of());
		assertThat(steps(member(AUTHOR), null, draft)).containsExactlyInAnyOrder(ProposalAction.EDIT,
				ProposalAction.SUBMIT);
	}

	@Test
	void reviewersReviewASubmittedProposalAndAssignARegisteredOneAndTheAuthorNeither() {
		assertThat(steps(reviewer(), null, loaded(ProposalStatus.SUBMITTED))).containsExactlyInAnyOrder(
				ProposalAction.REGISTER, ProposalAction.DECLINE, ProposalAction.MERGE, ProposalAction.RETURN);
		assertThat(steps(reviewer(), null, loaded(ProposalStatus.REGISTERED))).containsExactly(ProposalAction.ASSIGN);
		assertThat(steps(member(AUTHOR), PERSON, loaded(ProposalStatus.SUBMITTED))).isEmpty();
		assertThat(steps(member(AUTHOR), PERSON, loaded(ProposalStatus.REGISTERED))).isEmpty();
	}

	@Test
	void theLeadUnitRepliesAndACoHandlingUnitGivesItsOpinionWhileTheProposalIsHandled() {
		ProposalStore.Loaded handling = loaded(ProposalStatus.HANDLING);
		assertThat(steps(handler(UnitScope.only(LEAD)), null, handling)).containsExactly(ProposalAction.REPLY);
		assertThat(steps(handler(UnitScope.only(CO_UNIT)), null, handling)).containsExactly(ProposalAction.CO_OPINION);
		assertThat(steps(handler(UnitScope.only(99)), null, handling)).isEmpty();
		assertThat(steps(handler(UnitScope.only(LEAD)), null, loaded(ProposalStatus.REPLIED))).isEmpty();
	}

	@Test
	void theProposerSideGivesFeedbackOnAReplyOnly() {
		assertThat(steps(member(AUTHOR), null, loaded(ProposalStatus.REPLIED))).containsExactly(ProposalAction.FEEDBACK);
		assertThat(steps(member(77), PERSON, loaded(ProposalStatus.REPLIED))).as("the proposing person's own login")
			.containsExactly(ProposalAction.FEEDBACK);
		assertThat(steps(member(77), 90L, loaded(ProposalStatus.REPLIED))).isEmpty();
		assertThat(steps(member(AUTHOR), PERSON, loaded(ProposalStatus.HANDLING))).isEmpty();
	}

	@Test
	void nobodyTakesAStepTheStatusDoesNotAllow() {
		for (ProposalStatus status : ProposalStatus.values()) {
			for (Actor actor : List.of(member(AUTHOR), member(COSIGNER), reviewer(), handler(UnitScope.everyUnit()))) {
				assertThat(steps(actor, PERSON, loaded(status))).as(status + " " + actor.username())
					.isSubsetOf(Proposal.STEPS.at(status));
			}
		}
		assertThat(steps(reviewer(), null, loaded(ProposalStatus.CLOSED))).isEmpty();
	}

	private static Set<ProposalAction> steps(Actor actor, Long personId, ProposalStore.Loaded loaded) {
		boolean all = actor.scope() == DataScope.ALL;
		UnitScope handled = actor instanceof TestActor a ? a.handled() : UnitScope.noUnit();
		return ProposalAccess.steps(actor, new ProposalScope(actor.userId(), personId, null, all, handled), loaded);
	}

	private static ProposalStore.Loaded loaded(ProposalStatus status) {
		return loaded(status, ProposerKind.MEMBER, List.of(invited(COSIGNER, AT)));
	}

	private static ProposalStore.Loaded loaded(ProposalStatus status, ProposerKind kind,
			List<ProposalStore.CoSigner> coSigners) {
		boolean assigned = EnumSet.of(ProposalStatus.HANDLING, ProposalStatus.REPLIED, ProposalStatus.CLOSED)
			.contains(status);
		Proposal p = new Proposal(7, "JY2026000007", new ProposalInput.Text("RURAL", "标题", "内容"),
				new Proposal.ProposedBy(kind, kind == ProposerKind.MEMBER ? PERSON : null, 21, "/1/21/", "建言甲", AUTHOR),
				status, 1, new Proposal.Dates(AT, AT, null), Proposal.Review.NONE,
				assigned ? new Proposal.Handling(LEAD, "/1/31/", AT, LocalDate.of(2026, 6, 2)) : Proposal.Handling.NONE,
				Proposal.Answer.NONE, 3);
		return new ProposalStore.Loaded(p, coSigners,
				assigned ? List.of(new ProposalStore.CoUnit(CO_UNIT, "/1/32/")) : List.of());
	}

	private static ProposalStore.CoSigner invited(long userId, Instant signedAt) {
		return new ProposalStore.CoSigner(userId + 1000, userId, "联名" + userId, AT, signedAt);
	}

	private static Actor member(long userId) {
		return new TestActor(userId, "member" + userId, DataScope.OWN, Set.of(),
				UnitScope.noUnit());
	}

	private static Actor reviewer() {
		return new TestActor(5, "staff", DataScope.ALL, Set.of(Privilege.PROPOSAL_REVIEW), UnitScope.noUnit());
	}

	private static Actor handler(UnitScope handled) {
		return new TestActor(6, "handler", DataScope.UNIT, Set.of(Privilege.PROPOSAL_HANDLE), handled);
	}

	private record TestActor(long userId, String username, DataScope scope, Set<Privilege> privileges,
			UnitScope handled) implements Actor {

		@Override
		public String displayName() {
			return username;
		}

		@Override
		public long homeUnitId() {
			return 1;
		}

	}

}
