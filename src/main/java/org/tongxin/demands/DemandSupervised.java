package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A demand case was a supervision note (督办) by a leader or staff. */
public record DemandSupervised(long caseId, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
