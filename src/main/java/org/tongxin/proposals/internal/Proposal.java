package org.tongxin.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of {@code proposals_proposal} (V21 explains each column). Immutable: each workflow step
 * makes the next state and {@link ProposalStore#update} writes it if nobody changed the row since.
 */
public record Proposal(long id, String proposalNo, String categoryCode, String title, String body,
		ProposerKind proposerKind, Long proposerPersonId, long proposerUnitId, String proposerUnitPath,
		String proposerName, long authorUserId, ProposalStatus status, int round, boolean publicVisible,
		Instant createdAt, Instant submittedAt, Instant reviewedAt, String reviewNote, Long mergedIntoId,
		Long leadUnitId, String leadUnitPath, Instant assignedAt, LocalDate dueDate, Instant repliedAt, String reply,
		Feedback feedback, Instant feedbackAt, Instant closedAt, long version) {

	Proposal withStatus(ProposalStatus next) {
		return new Proposal(id, proposalNo, categoryCode, title, body, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, next, round, publicVisible, createdAt, submittedAt,
				reviewedAt, reviewNote, mergedIntoId, leadUnitId, leadUnitPath, assignedAt, dueDate, repliedAt, reply,
				feedback, feedbackAt, closedAt, version);
	}

	Proposal edited(String category, String newTitle, String newBody) {
		return new Proposal(id, proposalNo, category, newTitle, newBody, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, status, round, publicVisible, createdAt, submittedAt,
				reviewedAt, reviewNote, mergedIntoId, leadUnitId, leadUnitPath, assignedAt, dueDate, repliedAt, reply,
				feedback, feedbackAt, closedAt, version);
	}

	/** Submitted (again, after a return): the first submission's time is kept for the figures. */
	Proposal submitted(Instant at) {
		return new Proposal(id, proposalNo, categoryCode, title, body, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, ProposalStatus.SUBMITTED, round, publicVisible, createdAt,
				submittedAt == null ? at : submittedAt, reviewedAt, reviewNote, mergedIntoId, leadUnitId, leadUnitPath,
				assignedAt, dueDate, repliedAt, reply, feedback, feedbackAt, closedAt, version);
	}

	/** Registered, declined, returned or merged by staff, with the reason where one is given. */
	Proposal reviewed(ProposalStatus next, Instant at, String note, Long mergedInto, boolean makePublic) {
		return new Proposal(id, proposalNo, categoryCode, title, body, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, next, round, makePublic, createdAt, submittedAt, at, note,
				mergedInto, leadUnitId, leadUnitPath, assignedAt, dueDate, repliedAt, reply, feedback, feedbackAt,
				next == ProposalStatus.DECLINED || next == ProposalStatus.MERGED ? at : closedAt, version);
	}

	Proposal assigned(Instant at, long unitId, String unitPath, LocalDate due) {
		return new Proposal(id, proposalNo, categoryCode, title, body, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, ProposalStatus.HANDLING, round, publicVisible, createdAt,
				submittedAt, reviewedAt, reviewNote, mergedIntoId, unitId, unitPath, at, due, repliedAt, reply, feedback,
				feedbackAt, closedAt, version);
	}

	Proposal replied(Instant at, String text) {
		return new Proposal(id, proposalNo, categoryCode, title, body, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, ProposalStatus.REPLIED, round, publicVisible, createdAt,
				submittedAt, reviewedAt, reviewNote, mergedIntoId, leadUnitId, leadUnitPath, assignedAt, dueDate, at,
				text, feedback, feedbackAt, closedAt, version);
	}

	/** The proposer's feedback: closes the proposal, or sends it back for another round with a new deadline. */
	Proposal fedBack(Instant at, Feedback given, LocalDate rehandleDue) {
		boolean again = given.rehandle();
		return new Proposal(id, proposalNo, categoryCode, title, body, proposerKind, proposerPersonId, proposerUnitId,
				proposerUnitPath, proposerName, authorUserId, again ? ProposalStatus.HANDLING : ProposalStatus.CLOSED,
				again ? round + 1 : round, publicVisible, createdAt, submittedAt, reviewedAt, reviewNote, mergedIntoId,
				leadUnitId, leadUnitPath, assignedAt, again ? rehandleDue : dueDate, repliedAt, reply, given, at,
				again ? closedAt : at, version);
	}

}
