package org.tongxin.members;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A cultivation plan was closed: completed ({@code completed}) or given up; its open steps no longer wait. */
public record PlanClosed(long planId, long personId, boolean completed, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.plan(planId);
	}

}
