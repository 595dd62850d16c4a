package org.tongxin.proposals.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberLookup;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.StepTable;

/**
 * Who may see a proposal and which steps they may take on it, decided on the server for pages and
 * API alike. Seeing follows {@link ProposalScope}. The author edits, invites co-signers and submits
 * while the proposal is a draft or returned; an invited co-signer signs; reviewers (PROPOSAL_REVIEW,
 * district-wide) register, decline, merge, return and assign; the lead unit's handlers reply and the
 * co-handling units' handlers give their opinion; the proposer side gives feedback on the reply.
 */
@Component
public class ProposalAccess {

	/** The steps an actor may take on a proposal, as the page offers them. */
	public enum Step {
		EDIT, INVITE, WITHDRAW, SIGN, SUBMIT, REGISTER, DECLINE, MERGE, RETURN, ASSIGN, CO_OPINION, REPLY, FEEDBACK
	}

	private final ProposalStore proposals;

	private final UnitAccess access;

	private final MemberLookup members;

	ProposalAccess(ProposalStore proposals, UnitAccess access, MemberLookup members) {
		this.proposals = proposals;
		this.access = access;
		this.members = members;
	}

	public ProposalScope scope(Actor actor) {
		return ProposalScope.of(actor, access, members);
	}

	/** The proposal with its co-signers and units if the actor may see it; otherwise 404, as an unknown id. */
	@Transactional(readOnly = true)
	public ProposalStore.Loaded visible(Actor actor, long id) {
		return visible(scope(actor), id);
	}

	@Transactional(readOnly = true)
	public ProposalStore.Loaded visible(ProposalScope scope, long id) {
		ProposalStore.Loaded loaded = proposals.load(id).orElseThrow(() -> new NotFoundException("proposal", id));
		if (!scope.admits(loaded.proposal(), loaded.coSigners(), loaded.coUnits())) {
			throw new NotFoundException("proposal", id);
		}
		return loaded;
	}

	/**
	 * Which steps each status allows: the one table of the proposal workflow. {@link #steps}
	 * intersects it with whose turn it is; a step the status does not allow is refused naming it.
	 */
	public static final StepTable<ProposalStatus, Step> STEPS = StepTable
		.of("proposal", ProposalStatus.class, Step.class)
		.atEach(EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.RETURNED), Step.EDIT, Step.INVITE, Step.WITHDRAW,
				Step.SIGN, Step.SUBMIT)
		.at(ProposalStatus.SUBMITTED, Step.REGISTER, Step.DECLINE, Step.MERGE, Step.RETURN)
		.at(ProposalStatus.REGISTERED, Step.ASSIGN)
		.at(ProposalStatus.HANDLING, Step.CO_OPINION, Step.REPLY)
		.at(ProposalStatus.REPLIED, Step.FEEDBACK)
		.build();

	/** Every step the actor may take on the proposal now: those its status allows that are the actor's turn. */
	public Set<Step> steps(Actor actor, ProposalScope scope, ProposalStore.Loaded loaded) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		for (Step step : STEPS.at(loaded.proposal().status())) {
			if (isTurn(actor, scope, loaded, step)) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Whose turn a step is, whatever the status: the author's, a co-signer's, the reviewers', the handling units'. */
	private static boolean isTurn(Actor actor, ProposalScope scope, ProposalStore.Loaded loaded, Step step) {
		Proposal p = loaded.proposal();
		boolean author = p.authorUserId() == actor.userId();
		boolean reviewer = actor.can(Privilege.PROPOSAL_REVIEW) && scope.seesAll();
		return switch (step) {
			case EDIT, SUBMIT -> author;
			case INVITE -> author && p.proposerKind() == ProposerKind.MEMBER;
			// an invited member may also say no: they withdraw their own invitation
			case WITHDRAW -> author && p.proposerKind() == ProposerKind.MEMBER
					|| loaded.coSigners().stream().anyMatch(c -> c.userId() == actor.userId());
			case SIGN -> loaded.coSigners().stream().anyMatch(c -> c.userId() == actor.userId() && !c.signed());
			case REGISTER, DECLINE, MERGE, RETURN, ASSIGN -> reviewer;
			case REPLY -> scope.admitsUnit(p.leadUnitId(), p.leadUnitPath());
			case CO_OPINION -> loaded.coUnits().stream().anyMatch(u -> scope.admitsUnit(u.unitId(), u.unitPath()));
			case FEEDBACK -> author || scope.personId() != null && scope.personId().equals(p.proposerPersonId());
		};
	}

	/**
	 * Throws unless the actor may take the step now: a Rejection naming the status when the proposal
	 * is not at that stage, 403 when it is but the step is not the actor's. A refused step changes nothing.
	 */
	void require(Actor actor, ProposalStore.Loaded loaded, Step step) {
		STEPS.require(loaded.proposal().status(), step);
		if (!isTurn(actor, scope(actor), loaded, step)) {
			throw new AccessDeniedException("user " + actor.userId() + " may not " + step + " proposal " + loaded.proposal().id());
		}
	}

	/** The status as a message argument that the error's locale resolves (待审查, Awaiting review). */
	public static DefaultMessageSourceResolvable statusLabel(ProposalStatus status) {
		return STEPS.label(status);
	}

}
