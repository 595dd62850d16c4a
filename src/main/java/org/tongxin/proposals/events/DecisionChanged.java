package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A decision's reference, title, date or summary was corrected.
 */
public record DecisionChanged(long decisionId, LocalDate decidedOn, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.decision(decisionId);
	}

}
