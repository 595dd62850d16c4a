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
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

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

	/** Every step the actor may take on the proposal now, given its status. */
	public Set<Step> steps(Actor actor, ProposalScope scope, ProposalStore.Loaded loaded) {
		Proposal p = loaded.proposal();
		Set<Step> steps = EnumSet.noneOf(Step.class);
		boolean author = p.authorUserId() == actor.userId();
		boolean reviewer = actor.can(Privilege.PROPOSAL_REVIEW) && scope.seesAll();
		switch (p.status()) {
			case DRAFT, RETURNED -> {
				if (author) {
					steps.addAll(EnumSet.of(Step.EDIT, Step.SUBMIT));
					if (p.proposerKind() == ProposerKind.MEMBER) {
						steps.addAll(EnumSet.of(Step.INVITE, Step.WITHDRAW));
					}
				}
				if (loaded.coSigners().stream().anyMatch(c -> c.userId() == actor.userId() && !c.signed())) {
					steps.add(Step.SIGN);
				}
				// an invited member may also say no: they withdraw their own invitation
				if (loaded.coSigners().stream().anyMatch(c -> c.userId() == actor.userId())) {
					steps.add(Step.WITHDRAW);
				}
			}
			case SUBMITTED -> {
				if (reviewer) {
					steps.addAll(EnumSet.of(Step.REGISTER, Step.DECLINE, Step.MERGE, Step.RETURN));
				}
			}
			case REGISTERED -> {
				if (reviewer) {
					steps.add(Step.ASSIGN);
				}
			}
			case HANDLING -> {
				if (scope.admitsUnit(p.leadUnitId(), p.leadUnitPath())) {
					steps.add(Step.REPLY);
				}
				if (loaded.coUnits().stream().anyMatch(u -> scope.admitsUnit(u.unitId(), u.unitPath()))) {
					steps.add(Step.CO_OPINION);
				}
			}
			case REPLIED -> {
				if (author || scope.personId() != null && scope.personId().equals(p.proposerPersonId())) {
					steps.add(Step.FEEDBACK);
				}
			}
			default -> {
			}
		}
		return steps;
	}

	/**
	 * Throws unless the actor may take the step now: a Rejection naming the status when the proposal
	 * is not at that stage, 403 when it is but the step is not the actor's. A refused step changes nothing.
	 */
	void require(Actor actor, ProposalStore.Loaded loaded, Step step) {
		if (steps(actor, scope(actor), loaded).contains(step)) {
			return;
		}
		ProposalStatus status = loaded.proposal().status();
		if (!applies(status, step)) {
			throw new Rejection("status", "proposal.state." + step.name().toLowerCase(), statusLabel(status));
		}
		throw new AccessDeniedException("user " + actor.userId() + " may not " + step + " proposal " + loaded.proposal().id());
	}

	/** The status as a message argument that the error's locale resolves (待审查, Awaiting review). */
	public static DefaultMessageSourceResolvable statusLabel(ProposalStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "proposal.status." + status.name() }, status.name());
	}

	private static boolean applies(ProposalStatus status, Step step) {
		return switch (step) {
			case EDIT, INVITE, WITHDRAW, SIGN, SUBMIT -> status.isEditable();
			case REGISTER, DECLINE, MERGE, RETURN -> status == ProposalStatus.SUBMITTED;
			case ASSIGN -> status == ProposalStatus.REGISTERED;
			case CO_OPINION, REPLY -> status == ProposalStatus.HANDLING;
			case FEEDBACK -> status == ProposalStatus.REPLIED;
		};
	}

}
