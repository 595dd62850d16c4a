package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * An invited member declined to co-sign the proposal (withdrew their own invitation).
 */
public record CoSignatureDeclined(long proposalId, long personId, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
