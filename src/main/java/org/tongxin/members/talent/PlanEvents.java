package org.tongxin.members.talent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tongxin.members.PlanChanged;
import org.tongxin.members.PlanClosed;
import org.tongxin.members.PlanReopened;
import org.tongxin.shared.workflow.WorkflowEvent;

/** The events of one change of a plan's form, in the order its rules took them: reopened, changed, closed. */
final class PlanEvents {

	private PlanEvents() {
	}

	static List<WorkflowEvent> changed(CultivationPlan before, CultivationPlan after, Instant at, long actorUserId) {
		List<WorkflowEvent> events = new ArrayList<>();
		long plan = after.id();
		long person = after.personId();
		if (after.status() == PlanStatus.ACTIVE && before.status() != PlanStatus.ACTIVE) {
			events.add(new PlanReopened(plan, person, at, actorUserId));
		}
		if (!after.title().equals(before.title()) || !Objects.equals(after.goal(), before.goal())
				|| !after.startsOn().equals(before.startsOn()) || !after.endsOn().equals(before.endsOn())) {
			events.add(new PlanChanged(plan, person, at, actorUserId));
		}
		if (after.status() != PlanStatus.ACTIVE && after.status() != before.status()) {
			events.add(new PlanClosed(plan, person, after.status() == PlanStatus.COMPLETED, at, actorUserId));
		}
		return events;
	}

}
