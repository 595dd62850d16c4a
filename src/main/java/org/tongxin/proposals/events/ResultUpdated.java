package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A dated update moved a result's progress (0–100%). An update that completes the result is
 * followed by ResultCompleted.
 */
public record ResultUpdated(long resultId, long decisionId, long ownerUnitId, int progress, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.result(resultId);
	}

}
