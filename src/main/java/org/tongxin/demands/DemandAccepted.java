package org.tongxin.demands;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A demand case was accepted and assigned to a responsible unit with its lead handler; the answer
 * clock starts.
 */
public record DemandAccepted(long caseId, long handlingUnitId, long leadUserId, LocalDate dueDate, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
