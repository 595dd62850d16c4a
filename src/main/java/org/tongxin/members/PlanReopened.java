package org.tongxin.members;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A closed cultivation plan runs again. */
public record PlanReopened(long planId, long personId, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.plan(planId);
	}

}
