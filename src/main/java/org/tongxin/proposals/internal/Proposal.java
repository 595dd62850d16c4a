package org.tongxin.proposals.internal;

import static org.tongxin.proposals.internal.ProposalAction.ASSIGN;
import static org.tongxin.proposals.internal.ProposalAction.CO_OPINION;
import static org.tongxin.proposals.internal.ProposalAction.DECLINE;
import static org.tongxin.proposals.internal.ProposalAction.EDIT;
import static org.tongxin.proposals.internal.ProposalAction.FEEDBACK;
import static org.tongxin.proposals.internal.ProposalAction.INVITE;
import static org.tongxin.proposals.internal.ProposalAction.MERGE;
import static org.tongxin.proposals.internal.ProposalAction.REGISTER;
import static org.tongxin.proposals.internal.ProposalAction.REPLY;
import static org.tongxin.proposals.internal.ProposalAction.RETURN;
import static org.tongxin.proposals.internal.ProposalAction.SIGN;
import static org.tongxin.proposals.internal.ProposalAction.SUBMIT;
import static org.tongxin.proposals.internal.ProposalAction.WITHDRAW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.workflow.StepTable;

/**
 * A proposal (建言) and its rules, without Spring: one row of {@code proposals_proposal} (V21
 * explains each column) in a few value parts. Each step of the workflow is a method that asks
 * {@link #STEPS} whether the status allows it, applies the step's own rules and returns the next
 * state, or refuses with a {@link Rejection} (field and message code). Whose turn a step is
 * ({@link ProposalAccess}), storing the state if nobody changed the row since
 * ({@link ProposalStore#update}), the history and the events are {@link ProposalWorkflow}'s part.
 */
public record Proposal(long id, String proposalNo, ProposalInput.Text text, ProposedBy proposer, ProposalStatus status,
		int round, Dates dates, Review review, Handling handling, Answer answer, long version) {

	static final int TITLE_MAX = 100;

	static final int BODY_MAX = 10_000;

	static final int NOTE_MAX = 2000;

	static final int COMMENT_MAX = 500;

	static final int MAX_CO_SIGNERS = 20;

	/** Re-handling asked for by the proposer gets this long from the day it is asked. */
	static final int REHANDLE_MONTHS = 1;

	/** What each status allows (ADR 7): declined, merged and closed proposals allow nothing. */
	public static final StepTable<ProposalStatus, ProposalAction> STEPS = StepTable
		.of("proposal", ProposalStatus.class, ProposalAction.class)
		.atEach(EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.RETURNED), EDIT, INVITE, WITHDRAW, SIGN, SUBMIT)
		.at(ProposalStatus.SUBMITTED, REGISTER, DECLINE, MERGE, RETURN)
		.at(ProposalStatus.REGISTERED, ASSIGN)
		.at(ProposalStatus.HANDLING, CO_OPINION, REPLY)
		.at(ProposalStatus.REPLIED, FEEDBACK)
		.build();

	/**
	 * Who proposes: a member (as their person of the registry) or a democratic-party organisation,
	 * counted to a unit, under the name shown; and the account that wrote it (the author).
	 */
	public record ProposedBy(ProposerKind kind, Long personId, long unitId, String unitPath, String name,
			long authorUserId) {
	}

	/** When it was written, first submitted, and closed (declined, merged, or after the feedback). */
	public record Dates(Instant createdAt, Instant submittedAt, Instant closedAt) {

		Dates closedAt(Instant at) {
			return new Dates(createdAt, submittedAt, at);
		}

	}

	/** The reviewer's step: when, the note or reason, the proposal it was merged into, whether it was made public. */
	public record Review(Instant reviewedAt, String note, Long mergedIntoId, boolean publicVisible) {

		static final Review NONE = new Review(null, null, null, false);

	}

	/** The lead unit it was assigned to (the co-handling units are rows of their own), when, and by when. */
	public record Handling(Long leadUnitId, String leadUnitPath, Instant assignedAt, LocalDate dueDate) {

		static final Handling NONE = new Handling(null, null, null, null);

		Handling dueOn(LocalDate day) {
			return new Handling(leadUnitId, leadUnitPath, assignedAt, day);
		}

	}

	/** The lead unit's current reply and the proposer's feedback on it. */
	public record Answer(Instant repliedAt, String reply, Feedback feedback, Instant feedbackAt) {

		static final Answer NONE = new Answer(null, null, null, null);

	}

	/** A new draft of round 1, not stored yet. */
	static Proposal drafted(long id, String number, ProposalInput.Text text, ProposedBy by, Instant at) {
		return new Proposal(id, number, text, by, ProposalStatus.DRAFT, 1, new Dates(at, null, null), Review.NONE,
				Handling.NONE, Answer.NONE, 0);
	}

	/** The text changed by the author (checked against the categories by the workflow). */
	Proposal edited(ProposalInput.Text newText) {
		STEPS.require(status, EDIT);
		return new Proposal(id, proposalNo, newText, proposer, status, round, dates, review, handling, answer, version);
	}

	/**
	 * Submitted (again, after a return), refused while an invited co-signer has not signed: nobody's
	 * name goes on a proposal they did not sign. The first submission's time is kept for the figures.
	 */
	Proposal submitted(Instant at, List<ProposalStore.CoSigner> coSigners) {
		STEPS.require(status, SUBMIT);
		List<String> unsigned = coSigners.stream().filter(c -> !c.signed()).map(ProposalStore.CoSigner::name).toList();
		if (!unsigned.isEmpty()) {
			throw new Rejection("coSigners", "proposal.cosigners.unsigned", String.join("、", unsigned));
		}
		Dates submittedOnce = new Dates(dates.createdAt(), dates.submittedAt() == null ? at : dates.submittedAt(),
				dates.closedAt());
		return next(ProposalStatus.SUBMITTED, round, submittedOnce, review, handling, answer);
	}

	/** 立案, with an optional note; a public proposal is shown to every signed-in user. */
	Proposal registered(Instant at, String note, boolean makePublic) {
		STEPS.require(status, REGISTER);
		return reviewed(ProposalStatus.REGISTERED, at, PlainText.check("proposal", "note", note, NOTE_MAX, false), null,
				makePublic);
	}

	/** 不予立案, with the reason the proposer will read; final. */
	Proposal declined(Instant at, String reason) {
		STEPS.require(status, DECLINE);
		return reviewed(ProposalStatus.DECLINED, at, PlainText.check("proposal", "reason", reason, NOTE_MAX, true), null,
				false);
	}

	/** 退回修改, with the reason: the author edits and submits again. */
	Proposal returned(Instant at, String reason) {
		STEPS.require(status, RETURN);
		return reviewed(ProposalStatus.RETURNED, at, PlainText.check("proposal", "reason", reason, NOTE_MAX, true), null,
				false);
	}

	/** The proposal a merge names, before it is looked up: one must be named, and not this one. */
	long mergeTarget(Long targetId) {
		STEPS.require(status, MERGE);
		if (targetId == null) {
			throw new Rejection("targetId", "proposal.targetId.required");
		}
		if (targetId == id) {
			throw new Rejection("targetId", "proposal.merge.self");
		}
		return targetId;
	}

	/** 并案 into a registered proposal on the same matter, handled with it from now on; final. */
	Proposal merged(Instant at, Proposal target, String note) {
		mergeTarget(target.id());
		if (!target.status().isRegistered()) {
			throw new Rejection("targetId", "proposal.merge.targetStatus", target.proposalNo(),
					STEPS.label(target.status()));
		}
		return reviewed(ProposalStatus.MERGED, at, PlainText.check("proposal", "note", note, NOTE_MAX, false), target.id(),
				false);
	}

	/** 交办 to a lead unit (checked active by the workflow, with the co-handling units) with a deadline. */
	Proposal assigned(Instant at, long leadUnitId, String leadUnitPath, LocalDate due) {
		STEPS.require(status, ASSIGN);
		return next(ProposalStatus.HANDLING, round, dates, review, new Handling(leadUnitId, leadUnitPath, at, due), answer);
	}

	/** A co-handling unit's opinion (会办意见), its text checked: history only, the proposal stays as it is. */
	String coOpinion(String note) {
		STEPS.require(status, CO_OPINION);
		return PlainText.check("proposal", "note", note, NOTE_MAX, true);
	}

	/** 答复 by the lead unit; a reply of an earlier round is replaced (the history keeps it), the feedback kept. */
	Proposal replied(Instant at, String reply) {
		STEPS.require(status, REPLY);
		String text = PlainText.check("proposal", "reply", reply, BODY_MAX, true);
		return next(ProposalStatus.REPLIED, round, dates, review, handling,
				new Answer(at, text, answer.feedback(), answer.feedbackAt()));
	}

	/**
	 * The proposer side's feedback on the reply (征询意见表): grades, and a comment that is required
	 * when asking for re-handling. Without re-handling it closes the proposal; with it the proposal is
	 * reopened for the same units in the next round, due {@link #REHANDLE_MONTHS} from today.
	 */
	Proposal fedBack(Instant at, ProposalInput.FeedbackText given, LocalDate today) {
		STEPS.require(status, FEEDBACK);
		String comment = PlainText.check("proposal", "comment", given.comment(), COMMENT_MAX, given.rehandle());
		Feedback feedback = new Feedback(given.contacted(), Grade.parse("attitude", given.attitude()),
				Adoption.parse(given.adoption()), Grade.parse("result", given.result()), comment, given.rehandle());
		Answer graded = new Answer(answer.repliedAt(), answer.reply(), feedback, at);
		if (feedback.rehandle()) {
			return next(ProposalStatus.HANDLING, round + 1, dates, review,
					handling.dueOn(today.plusMonths(REHANDLE_MONTHS)), graded);
		}
		return next(ProposalStatus.CLOSED, round, dates.closedAt(at), review, handling, graded);
	}

	/** An invitation to co-sign a member's proposal: not the proposer, nobody twice, at most {@link #MAX_CO_SIGNERS}. */
	void checkInvitation(long personId, String personName, List<ProposalStore.CoSigner> coSigners) {
		STEPS.require(status, INVITE);
		if (Objects.equals(personId, proposer.personId())) {
			throw new Rejection("username", "proposal.cosigner.self");
		}
		if (coSigners.stream().anyMatch(c -> c.personId() == personId)) {
			throw new Rejection("username", "proposal.cosigner.already", personName);
		}
		if (coSigners.size() >= MAX_CO_SIGNERS) {
			throw new Rejection("username", "proposal.cosigner.tooMany", MAX_CO_SIGNERS);
		}
	}

	/** The invitation an author withdraws or its member declines; one that is not open is refused. */
	ProposalStore.CoSigner invitation(long personId, List<ProposalStore.CoSigner> coSigners) {
		STEPS.require(status, WITHDRAW);
		return coSigners.stream()
			.filter(c -> c.personId() == personId)
			.findFirst()
			.orElseThrow(() -> new Rejection("personId", "proposal.cosigner.notInvited"));
	}

	/** The open invitation the user signs; signing twice changes nothing and says so. */
	ProposalStore.CoSigner signature(long userId, List<ProposalStore.CoSigner> coSigners) {
		STEPS.require(status, SIGN);
		ProposalStore.CoSigner invited = coSigners.stream()
			.filter(c -> c.userId() == userId)
			.findFirst()
			.orElseThrow(() -> new Rejection("personId", "proposal.cosigner.notInvited"));
		if (invited.signed()) {
			throw new Rejection("status", "proposal.cosigner.alreadySigned");
		}
		return invited;
	}

	private Proposal reviewed(ProposalStatus next, Instant at, String note, Long mergedInto, boolean makePublic) {
		boolean closes = next == ProposalStatus.DECLINED || next == ProposalStatus.MERGED;
		return next(next, round, closes ? dates.closedAt(at) : dates, new Review(at, note, mergedInto, makePublic),
				handling, answer);
	}

	private Proposal next(ProposalStatus nextStatus, int nextRound, Dates nextDates, Review nextReview,
			Handling nextHandling, Answer nextAnswer) {
		return new Proposal(id, proposalNo, text, proposer, nextStatus, nextRound, nextDates, nextReview, nextHandling,
				nextAnswer, version);
	}

}
