package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A result reached 100% on completedOn (its planned end was dueOn, or none): published with the
 * update that completed it.
 */
public record ResultCompleted(long resultId, long decisionId, long ownerUnitId, LocalDate completedOn,
		LocalDate dueOn, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.result(resultId);
	}

}
