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

/**
 * Who may see a proposal and whose turn each step is, decided on the server for pages and API alike.
 * Seeing follows {@link ProposalScope}. Which steps a proposal's status allows is
 * {@link Proposal#STEPS}' to say; this class only adds whose turn they are: the author edits and
 * submits, and for a member's proposal invites co-signers; an invited co-signer signs or declines;
 * reviewers (PROPOSAL_REVIEW, district-wide) register, decline, merge, return and assign; the lead
 * unit's handlers reply and the co-handling units' handlers give their opinion; the proposer side
 * gives feedback on the reply.
 */
@Component
public class ProposalAccess {

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

	/** Every step the actor may take on the proposal now: those its status allows that are the actor's turn. */
	public static Set<ProposalAction> steps(Actor actor, ProposalScope scope, ProposalStore.Loaded loaded) {
		Set<ProposalAction> steps = EnumSet.noneOf(ProposalAction.class);
		Proposal.STEPS.at(loaded.proposal().status())
			.stream()
			.filter(step -> turn(step, actor, scope, loaded))
			.forEach(steps::add);
		return steps;
	}

	/**
	 * Throws unless the actor may take the step now: a Rejection naming the status when the proposal
	 * is not at that stage, 403 when it is but the step is not the actor's. A refused step changes nothing.
	 */
	void require(Actor actor, ProposalStore.Loaded loaded, ProposalAction step) {
		Proposal.STEPS.require(loaded.proposal().status(), step);
		if (!turn(step, actor, scope(actor), loaded)) {
			throw new AccessDeniedException(
					"user " + actor.userId() + " may not " + step + " proposal " + loaded.proposal().id());
		}
	}

	/** The status as a message argument that the error's locale resolves (待审查, Awaiting review). */
	public static DefaultMessageSourceResolvable statusLabel(ProposalStatus status) {
		return Proposal.STEPS.label(status);
	}

	/** Whether the step, if the status allows it, is the actor's to take. */
	private static boolean turn(ProposalAction step, Actor actor, ProposalScope scope, ProposalStore.Loaded loaded) {
		Proposal p = loaded.proposal();
		boolean author = p.proposer().authorUserId() == actor.userId();
		boolean memberProposal = p.proposer().kind() == ProposerKind.MEMBER;
		return switch (step) {
			case EDIT, SUBMIT -> author;
			case INVITE -> author && memberProposal;
			// an invited member may also say no: they withdraw their own invitation
			case WITHDRAW -> author && memberProposal || invitedIs(loaded, actor, false);
			case SIGN -> invitedIs(loaded, actor, true);
			case REGISTER, DECLINE, MERGE, RETURN, ASSIGN -> actor.can(Privilege.PROPOSAL_REVIEW) && scope.seesAll();
			case REPLY -> scope.admitsUnit(p.handling().leadUnitId(), p.handling().leadUnitPath());
			case CO_OPINION -> loaded.coUnits().stream().anyMatch(u -> scope.admitsUnit(u.unitId(), u.unitPath()));
			case FEEDBACK -> author || scope.personId() != null && scope.personId().equals(p.proposer().personId());
		};
	}

	/** Whether the actor is an invited co-signer (one who has not signed yet, if {@code unsignedOnly}). */
	private static boolean invitedIs(ProposalStore.Loaded loaded, Actor actor, boolean unsignedOnly) {
		return loaded.coSigners().stream().anyMatch(c -> c.userId() == actor.userId() && !(unsignedOnly && c.signed()));
	}

}
