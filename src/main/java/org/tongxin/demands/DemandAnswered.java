package org.tongxin.demands;

import java.math.BigDecimal;
import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A demand case was answered by its handler, with the amount involved for enterprise difficulties.
 */
public record DemandAnswered(long caseId, BigDecimal amount, boolean late, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return DemandRecords.ref(caseId);
	}

}
