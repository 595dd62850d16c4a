package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * Staff assigned a registered proposal (交办) to a lead unit with co-handling units and a reply
 * deadline.
 */
public record ProposalAssigned(long proposalId, long leadUnitId, List<Long> coUnitIds, LocalDate dueDate,
		Instant at, long actorUserId) implements WorkflowEvent {

	public ProposalAssigned {
		coUnitIds = List.copyOf(coUnitIds);
	}

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.proposal(proposalId);
	}

}
