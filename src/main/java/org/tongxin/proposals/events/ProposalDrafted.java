package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A proposal was drafted in its proposer's name (a member, or a democratic-party organisation:
 * proposerKind MEMBER or ORGANISATION), counted to the proposer's unit.
 */
public record ProposalDrafted(long proposalId, String proposerKind, long proposerUnitId, String categoryCode,
		Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
