package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A demand case was declined with a reason by those who dispatch it (not a matter the platform
 * handles).
 */
public record DemandDeclined(long caseId, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
