package org.tongxin.proposals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberLookup;
import org.tongxin.proposals.events.ProposalRecordTypes;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.QueriedWaitingWork;
import org.tongxin.shared.workflow.StepTimes;
import org.tongxin.shared.workflow.WaitingItem;

/**
 * What a proposal waits for, and whose turn it is, by the rules of {@link ProposalAccess#steps}
 * read from the proposal's current state: an open co-signature invitation waits for the invited
 * member; a returned proposal for its author to revise; a submitted one for the reviewers
 * (PROPOSAL_REVIEW, district-wide) to review, a registered one for them to assign; a proposal in
 * handling for the lead unit's handlers to reply and for each co-handling unit that has not yet
 * given its opinion in this round to give it, both by the deadline; a replied one for the
 * proposer's feedback (the author and the proposing person's login). Each waits since the step
 * that brought the proposal there (its last return, submission, registration, assignment or
 * rehandling, reply); an invitation since it was sent.
 */
@Component
class ProposalWaiting extends QueriedWaitingWork {

	/** The yellow light of a reply or co-handling opinion comes on a week before its deadline. */
	static final int WARN_DAYS = 7;

	private final ProposalStore proposals;

	private final CoOpinions coOpinions;

	private final MemberLookup members;

	private final ProposalHistory history;

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = """
				select p.id from proposals_proposal p
				where p.status in ('RETURNED', 'SUBMITTED', 'REGISTERED', 'HANDLING', 'REPLIED')
				  or p.status = 'DRAFT' and exists (select 1 from proposals_co_signer s
				    where s.proposal_id = p.id and s.signed_at is null)
				order by p.id""";

	ProposalWaiting(ProposalStore proposals, CoOpinions coOpinions, MemberLookup members, ProposalHistory history,
			JdbcClient jdbc) {
		super(ProposalRecordTypes.MODULE, ProposalRecordTypes.PROPOSAL, jdbc, OPEN_IDS);
		this.proposals = proposals;
		this.coOpinions = coOpinions;
		this.members = members;
		this.history = history;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long proposalId) {
		return proposals.load(proposalId).map(loaded -> {
			Proposal p = loaded.proposal();
			Set<Long> given = p.status() == ProposalStatus.HANDLING ? coOpinions.given(p.id(), p.round()) : Set.of();
			Optional<Long> login = p.status() == ProposalStatus.REPLIED && p.proposer().personId() != null
					? members.accountOf(p.proposer().personId()) : Optional.empty();
			return waiting(loaded, given, login, history.stepTimes(p.id()));
		}).orElse(List.of());
	}

	/**
	 * What waits on the loaded proposal, given the co-handling units that have given their opinion
	 * in its current round, the login of the proposing person (if any) and when each kind of step
	 * last happened to it.
	 */
	static List<WaitingItem> waiting(ProposalStore.Loaded loaded, Set<Long> opinionsGiven, Optional<Long> proposerLogin,
			StepTimes steps) {
		Proposal p = loaded.proposal();
		Instant start = stepStart(p, steps);
		List<WaitingItem> items = new ArrayList<>();
		switch (p.status()) {
			case DRAFT -> items.addAll(invitations(loaded));
			case RETURNED -> {
				items.add(item(p, "proposal.waiting.revise").since(start).to(Addressee.user(p.proposer().authorUserId())));
				items.addAll(invitations(loaded));
			}
			case SUBMITTED -> items.add(item(p, "proposal.waiting.review").since(start).to(reviewers()));
			case REGISTERED -> items.add(item(p, "proposal.waiting.assign").since(start).to(reviewers()));
			case HANDLING -> items.addAll(handling(loaded, opinionsGiven, start));
			case REPLIED -> items.addAll(feedback(p, proposerLogin, start));
			default -> {
			}
		}
		return items;
	}

	/**
	 * When the step the proposal is at began: the last step of the history that brought it there,
	 * else the time its own row keeps (a proposal whose history has not got that step).
	 */
	static Instant stepStart(Proposal p, StepTimes steps) {
		return switch (p.status()) {
			case RETURNED -> either(steps.latest(ProposalEventKind.RETURNED), p.review().reviewedAt());
			case SUBMITTED -> either(steps.latest(ProposalEventKind.SUBMITTED), p.dates().submittedAt());
			case REGISTERED -> either(steps.latest(ProposalEventKind.REGISTERED), p.review().reviewedAt());
			case HANDLING -> either(steps.latest(ProposalEventKind.ASSIGNED, ProposalEventKind.REHANDLING), p.handling().assignedAt());
			case REPLIED -> either(steps.latest(ProposalEventKind.REPLIED), p.answer().repliedAt());
			default -> null;
		};
	}

	private static Instant either(Instant first, Instant otherwise) {
		return first != null ? first : otherwise;
	}

	/** The reply for the lead unit's handlers; an opinion for each co-handling unit that owes one. */
	private static List<WaitingItem> handling(ProposalStore.Loaded loaded, Set<Long> opinionsGiven, Instant start) {
		Proposal p = loaded.proposal();
		List<WaitingItem> items = new ArrayList<>();
		items.add(due(p, "proposal.waiting.reply").since(start)
			.to(Addressee.domain(Privilege.PROPOSAL_HANDLE, p.handling().leadUnitId(), p.handling().leadUnitPath())));
		WaitingItem opinion = due(p, "proposal.waiting.coOpinion").since(start);
		loaded.coUnits()
			.stream()
			.filter(u -> !opinionsGiven.contains(u.unitId()))
			.forEach(u -> items.add(opinion.to(Addressee.domain(Privilege.PROPOSAL_HANDLE, u.unitId(), u.unitPath()))));
		return items;
	}

	/** Feedback on the reply: the author's, and the proposing person's when their login is another. */
	private static List<WaitingItem> feedback(Proposal p, Optional<Long> proposerLogin, Instant start) {
		Set<Long> users = new LinkedHashSet<>();
		users.add(p.proposer().authorUserId());
		proposerLogin.ifPresent(users::add);
		WaitingItem work = item(p, "proposal.waiting.feedback").since(start);
		return users.stream().map(user -> work.to(Addressee.user(user))).toList();
	}

	/** Each invited member who has not signed (again, after an edit) is asked to, since the invitation. */
	private static List<WaitingItem> invitations(ProposalStore.Loaded loaded) {
		WaitingItem work = item(loaded.proposal(), "proposal.waiting.coSign");
		return loaded.coSigners()
			.stream()
			.filter(c -> !c.signed())
			.map(c -> work.since(c.invitedAt()).to(Addressee.user(c.userId())))
			.toList();
	}

	private static Addressee reviewers() {
		return Addressee.deployment(Privilege.PROPOSAL_REVIEW);
	}

	/** The work with the handling round's deadline (the addressee is set by the caller). */
	private static WaitingItem due(Proposal p, String kind) {
		WaitingItem work = item(p, kind);
		return p.handling().dueDate() == null ? work : work.due(p.handling().dueDate(), p.handling().dueDate().minusDays(WARN_DAYS));
	}

	private static WaitingItem item(Proposal p, String kind) {
		return WaitingItem.of(kind, p.proposalNo(), p.text().title(), "/proposals/" + p.id(), Addressee.user(p.proposer().authorUserId()));
	}

}
