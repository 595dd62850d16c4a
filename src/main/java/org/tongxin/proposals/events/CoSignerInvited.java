package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * The author invited a member (their person and login) to co-sign a proposal (联名).
 */
public record CoSignerInvited(long proposalId, long personId, long userId, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
