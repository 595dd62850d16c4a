package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * An implementation result was added to a decision, owned by a unit, with its planned start and
 * end dates (either may be null).
 */
public record ResultAdded(long resultId, long decisionId, long ownerUnitId, LocalDate startsOn, LocalDate dueOn,
		Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.result(resultId);
	}

}
