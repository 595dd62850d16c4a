package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * The proposer's feedback on the reply closed the proposal (办结), with its grades.
 */
public record ProposalClosed(long proposalId, long leadUnitId, int round, FeedbackGrades grades, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
