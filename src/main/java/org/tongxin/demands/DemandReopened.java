package org.tongxin.demands;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A demand case was rated dissatisfied by its requester: another round with the same handlers and
 * a new deadline.
 */
public record DemandReopened(long caseId, int round, LocalDate dueDate, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
