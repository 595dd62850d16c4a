package org.tongxin.members.talent;

import java.time.LocalDate;

/**
 * A step of a cultivation plan as the plan's rules see it: its place, what, by when, and the day
 * it was done (null while open). A step not yet stored has id 0.
 */
public record PlanStep(long id, int position, String title, LocalDate dueOn, LocalDate doneOn, String note) {

	boolean done() {
		return doneOn != null;
	}

	PlanStep doneOn(LocalDate day) {
		return new PlanStep(id, position, title, dueOn, day, note);
	}

}
