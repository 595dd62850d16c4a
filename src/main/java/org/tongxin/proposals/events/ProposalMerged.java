package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * Staff merged a proposal into a registered one on the same matter (并案): final for this one,
 * handled with the other.
 */
public record ProposalMerged(long proposalId, long intoProposalId, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
