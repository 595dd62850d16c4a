package org.tongxin.members;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A step of a running cultivation plan was marked done on a day. */
public record PlanStepDone(long planId, long personId, long stepId, LocalDate doneOn, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.plan(planId);
	}

}
