package org.tongxin.members;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A cultivation plan's title, goal or dates changed. */
public record PlanChanged(long planId, long personId, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.plan(planId);
	}

}
