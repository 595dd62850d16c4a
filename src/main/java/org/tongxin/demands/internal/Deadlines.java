package org.tongxin.demands.internal;

import java.time.LocalDate;

/**
 * The clocks of a case: accept by (set on submission), answer by (set on acceptance and again on
 * each reopening), and whether any step was ever late (kept for the figures).
 */
public record Deadlines(LocalDate acceptDue, LocalDate dueDate, boolean everLate) {

	/** A new answer deadline; late stays late. */
	Deadlines answerBy(LocalDate due, boolean late) {
		return new Deadlines(acceptDue, due, everLate || late);
	}

	Deadlines lateIf(boolean late) {
		return new Deadlines(acceptDue, dueDate, everLate || late);
	}

}
