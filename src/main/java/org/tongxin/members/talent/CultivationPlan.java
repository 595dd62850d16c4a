package org.tongxin.members.talent;

import static org.tongxin.members.talent.PlanAction.ADD_STEP;
import static org.tongxin.members.talent.PlanAction.CANCEL;
import static org.tongxin.members.talent.PlanAction.COMPLETE;
import static org.tongxin.members.talent.PlanAction.EDIT;
import static org.tongxin.members.talent.PlanAction.MARK_DONE;
import static org.tongxin.members.talent.PlanAction.REOPEN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.workflow.StepTable;

/**
 * A cultivation plan (培养计划) and its rules, without Spring: each step of its workflow is a method
 * that returns the plan's next state or refuses with a {@link Rejection}, after asking
 * {@link #STEPS} whether the plan's status allows it. A running plan is changed, takes steps, has
 * them marked done, and is completed or given up; a closed plan only runs again. Who may act (the
 * person's data scope, MEMBER_MANAGE) and storing the result are {@link CultivationPlans}' part.
 */
public record CultivationPlan(long id, long personId, String title, String goal, LocalDate startsOn, LocalDate endsOn,
		PlanStatus status, long version, List<PlanStep> steps) {

	/** What each status allows. */
	static final StepTable<PlanStatus, PlanAction> STEPS = StepTable
		.of("talent.plan", PlanStatus.class, PlanAction.class)
		.at(PlanStatus.ACTIVE, EDIT, ADD_STEP, MARK_DONE, COMPLETE, CANCEL)
		.atEach(EnumSet.of(PlanStatus.COMPLETED, PlanStatus.CANCELLED), REOPEN)
		.build();

	public CultivationPlan {
		steps = List.copyOf(steps);
	}

	/** A new plan of a person, not stored yet (id 0), in the status asked for (running unless said). */
	public static CultivationPlan create(long personId, Drafts.PlanDraft draft) {
		Values.Plan v = TalentRules.plan(draft);
		return new CultivationPlan(0, personId, v.title(), v.goal(), v.startsOn(), v.endsOn(), v.status(), 0, List.of());
	}

	/** The plan as read for a page, to take a step on it. */
	public static CultivationPlan of(TalentViews.Plan p) {
		return new CultivationPlan(p.id(), p.personId(), p.title(), p.goal(), p.startsOn(), p.endsOn(), p.status(),
				p.version(), p.steps().stream()
					.map(s -> new PlanStep(s.id(), s.position(), s.title(), s.dueOn(), s.doneOn(), s.note()))
					.toList());
	}

	/**
	 * A change typed into the plan's form or API (absent fields keep their values), status
	 * included: a closed plan set running is reopened first, so that it may then be changed; a
	 * running plan set closed is changed first, then closed. A closed plan is not changed as it is.
	 */
	CultivationPlan changed(Drafts.PlanDraft draft) {
		Values.Plan v = TalentRules.plan(draft.over(asDraft()));
		CultivationPlan next = v.status() == PlanStatus.ACTIVE && status != PlanStatus.ACTIVE ? reopened() : this;
		next = next.edited(v.title(), v.goal(), v.startsOn(), v.endsOn());
		return v.status() == next.status ? next : next.closed(v.status());
	}

	/** New title, goal or dates; the dates must still hold every step (one due outside names the date field). */
	CultivationPlan edited(String newTitle, String newGoal, LocalDate newStart, LocalDate newEnd) {
		if (title.equals(newTitle) && Objects.equals(goal, newGoal) && startsOn.equals(newStart) && endsOn.equals(newEnd)) {
			return this;
		}
		STEPS.require(status, EDIT);
		for (PlanStep step : steps) {
			if (step.dueOn().isBefore(newStart)) {
				throw new Rejection("startsOn", "talent.plan.stepOutside", step.title(), step.dueOn().toString());
			}
			if (step.dueOn().isAfter(newEnd)) {
				throw new Rejection("endsOn", "talent.plan.stepOutside", step.title(), step.dueOn().toString());
			}
		}
		return new CultivationPlan(id, personId, newTitle, newGoal, newStart, newEnd, status, version, steps);
	}

	/** Closed as COMPLETED (achieved) or CANCELLED (given up); open steps may remain, and then wait no more. */
	public CultivationPlan closed(PlanStatus outcome) {
		if (outcome == PlanStatus.ACTIVE) {
			throw new IllegalArgumentException("a plan is closed as completed or cancelled");
		}
		STEPS.require(status, outcome == PlanStatus.COMPLETED ? COMPLETE : CANCEL);
		return withStatus(outcome);
	}

	/** A closed plan runs again. */
	CultivationPlan reopened() {
		STEPS.require(status, REOPEN);
		return withStatus(PlanStatus.ACTIVE);
	}

	/** The plan with a step added at its end (id 0 until stored), due within the plan's dates. */
	public CultivationPlan withStep(Drafts.StepDraft draft) {
		STEPS.require(status, ADD_STEP);
		Values.Step v = TalentRules.step(draft, startsOn, endsOn);
		int position = steps.stream().mapToInt(PlanStep::position).max().orElse(0) + 1;
		List<PlanStep> more = new ArrayList<>(steps);
		more.add(new PlanStep(0, position, v.title(), v.dueOn(), null, v.note()));
		return new CultivationPlan(id, personId, title, goal, startsOn, endsOn, status, version, more);
	}

	/**
	 * The plan with one of its open steps done on a day (empty: today), not before the plan started
	 * and not in the future; a step done already keeps its day.
	 */
	public CultivationPlan stepDone(long stepId, String doneOn, LocalDate today) {
		STEPS.require(status, MARK_DONE);
		PlanStep step = step(stepId);
		if (step.done()) {
			throw new Rejection("doneOn", "talent.step.doneAlready", step.doneOn().toString());
		}
		LocalDate on = TalentRules.doneOn(doneOn, startsOn, today);
		return new CultivationPlan(id, personId, title, goal, startsOn, endsOn, status, version,
				steps.stream().map(s -> s.id() == stepId ? s.doneOn(on) : s).toList());
	}

	/** One of the plan's steps; asking for another plan's step is a programming error. */
	public PlanStep step(long stepId) {
		return steps.stream().filter(s -> s.id() == stepId).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("step " + stepId + " is not of plan " + id));
	}

	/** The step added last ({@link #withStep} adds at the end). */
	public PlanStep lastStep() {
		return steps.get(steps.size() - 1);
	}

	/** The plan as a draft with every value, for a change that keeps what it does not name. */
	Drafts.PlanDraft asDraft() {
		return new Drafts.PlanDraft(title, goal == null ? "" : goal, startsOn.toString(), endsOn.toString(), status.name(),
				version);
	}

	private CultivationPlan withStatus(PlanStatus next) {
		return new CultivationPlan(id, personId, title, goal, startsOn, endsOn, next, version, steps);
	}

}
