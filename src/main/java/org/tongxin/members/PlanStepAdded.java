package org.tongxin.members;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A step was added at the end of a running cultivation plan, due on a day. */
public record PlanStepAdded(long planId, long personId, long stepId, LocalDate dueOn, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.plan(planId);
	}

}
