package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A step of a demand case passed its deadline undone and the case was escalated to the superior
 * unit of the unit responsible for the step (by the overdue sweep, not by a user).
 */
public record DemandEscalated(long caseId, long toUnitId, long fromUnitId, Instant at) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
