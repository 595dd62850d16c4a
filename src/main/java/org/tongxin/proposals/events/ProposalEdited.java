package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * The author changed a draft or returned proposal; the co-signers who had signed the old text
 * (signaturesReset of them) must sign again.
 */
public record ProposalEdited(long proposalId, String categoryCode, int signaturesReset, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
