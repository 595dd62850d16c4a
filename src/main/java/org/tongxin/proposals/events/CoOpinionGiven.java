package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A co-handling unit gave its opinion (会办意见) to the lead unit in the proposal's handling
 * round.
 */
public record CoOpinionGiven(long proposalId, long unitId, int round, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
