package org.tongxin.shared.workflow;

import java.time.LocalDate;

/**
 * The warning light of a clock that runs on a piece of work (the accept deadline while a demand
 * waits to be accepted, the answer deadline while it is handled, a proposal's reply deadline…).
 * The same colours everywhere: green, amber, red, overdue. Labels: {@code sla.light.<NAME>}.
 */
public enum SlaLight {

	/** No clock runs. */
	NONE,
	/** Time enough remains. */
	GREEN,
	/** The deadline is near (from the first day of the warning on). */
	YELLOW,
	/** Due today. */
	RED,
	/** The deadline has passed with the work undone. */
	OVERDUE;

	/**
	 * The light on {@code today} of work due on {@code deadline} whose warning starts on
	 * {@code warnFrom} (null: no warning before the day itself); NONE without a deadline.
	 */
	public static SlaLight of(LocalDate deadline, LocalDate warnFrom, LocalDate today) {
		if (deadline == null) {
			return NONE;
		}
		if (today.isAfter(deadline)) {
			return OVERDUE;
		}
		if (today.isEqual(deadline)) {
			return RED;
		}
		return warnFrom != null && !today.isBefore(warnFrom) ? YELLOW : GREEN;
	}

}
