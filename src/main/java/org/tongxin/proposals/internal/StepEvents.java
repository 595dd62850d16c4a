package org.tongxin.proposals.internal;

import java.time.Instant;

import org.tongxin.proposals.events.FeedbackGrades;
import org.tongxin.proposals.events.ProposalClosed;
import org.tongxin.proposals.events.ProposalDeclined;
import org.tongxin.proposals.events.ProposalDrafted;
import org.tongxin.proposals.events.ProposalMerged;
import org.tongxin.proposals.events.ProposalRegistered;
import org.tongxin.proposals.events.ProposalReopened;
import org.tongxin.proposals.events.ProposalReturned;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * The past-tense events of the proposal steps whose event depends on what the step made of the
 * proposal (a review's outcome, the feedback's), so that each step publishes with one call.
 */
final class StepEvents {

	private StepEvents() {
	}

	static ProposalDrafted drafted(Proposal p, long actorUserId) {
		return new ProposalDrafted(p.id(), p.proposer().kind().name(), p.proposer().unitId(), p.text().categoryCode(),
				p.dates().createdAt(), actorUserId);
	}

	/** A reviewer's step: registered, declined, returned or merged, as the proposal now stands. */
	static WorkflowEvent reviewed(Proposal next, Instant at, long actorUserId) {
		return switch (next.status()) {
			case REGISTERED -> new ProposalRegistered(next.id(), next.review().publicVisible(), at, actorUserId);
			case DECLINED -> new ProposalDeclined(next.id(), at, actorUserId);
			case RETURNED -> new ProposalReturned(next.id(), at, actorUserId);
			case MERGED -> new ProposalMerged(next.id(), next.review().mergedIntoId(), at, actorUserId);
			default -> throw new IllegalArgumentException("not the outcome of a review: " + next.status());
		};
	}

	/** The feedback's outcome: another round for the lead unit, or closed. */
	static WorkflowEvent fedBack(Proposal next, Feedback given, Instant at, long actorUserId) {
		FeedbackGrades grades = new FeedbackGrades(given.contacted(), given.attitude().name(), given.adoption().name(),
				given.result().name());
		return given.rehandle()
				? new ProposalReopened(next.id(), next.handling().leadUnitId(), next.round(), next.handling().dueDate(), grades,
						at, actorUserId)
				: new ProposalClosed(next.id(), next.handling().leadUnitId(), next.round(), grades, at, actorUserId);
	}

}
