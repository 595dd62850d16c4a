package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A proposal was submitted for review, the first time or again after it was returned
 * (resubmitted), with its number of co-signers.
 */
public record ProposalSubmitted(long proposalId, long proposerUnitId, String categoryCode, boolean resubmitted,
		int coSigners, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
