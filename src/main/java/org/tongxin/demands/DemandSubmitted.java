package org.tongxin.demands;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A demand case was submitted in the unit where it arises (a member's own, or for a person or an
 * enterprise).
 */
public record DemandSubmitted(long caseId, long unitId, long categoryId, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
