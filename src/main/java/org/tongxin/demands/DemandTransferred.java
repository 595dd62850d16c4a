package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A demand case was sent to another handling unit; the deadline stays. */
public record DemandTransferred(long caseId, long fromUnitId, long toUnitId, long leadUserId, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
