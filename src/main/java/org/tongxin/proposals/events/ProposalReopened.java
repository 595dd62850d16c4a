package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * The proposer's feedback asked for re-handling: the proposal goes back to its lead unit for
 * another round with a new deadline. The grades are those of the feedback.
 */
public record ProposalReopened(long proposalId, long leadUnitId, int round, LocalDate dueDate,
		FeedbackGrades grades, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
