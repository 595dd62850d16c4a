package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A demand case was photos or documents added to an open case. */
public record DemandFilesAttached(long caseId, int files, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
