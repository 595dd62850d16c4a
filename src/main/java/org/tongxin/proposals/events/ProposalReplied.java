package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * The lead unit replied to the proposal (答复) in a handling round whose deadline was dueDate;
 * the proposer's feedback is awaited.
 */
public record ProposalReplied(long proposalId, long leadUnitId, int round, LocalDate dueDate, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
