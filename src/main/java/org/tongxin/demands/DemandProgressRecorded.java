package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A demand case was a progress note by a handler or co-handler (the case's state stays). */
public record DemandProgressRecorded(long caseId, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
