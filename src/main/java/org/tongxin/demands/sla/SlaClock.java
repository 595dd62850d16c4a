package org.tongxin.demands.sla;

import java.time.LocalDate;

import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.demands.SlaLight;

/**
 * The state of one case's clock on a given day, computed from stored dates only (so every node,
 * before and after a restart, computes the same light). {@code workingDaysLeft} is negative once
 * overdue: the working days the step is late.
 */
public record SlaClock(SlaLight light, LocalDate due, int workingDaysLeft) {

	public static final SlaClock NONE = new SlaClock(SlaLight.NONE, null, 0);

	/**
	 * @param due the deadline of the open step, or null when no clock runs
	 * @param warnDays the category's yellow threshold in working days
	 */
	public static SlaClock of(LocalDate due, int warnDays, LocalDate today, BusinessCalendar calendar) {
		if (due == null) {
			return NONE;
		}
		int left = calendar.workingDaysBetween(today, due);
		SlaLight light;
		if (today.isAfter(due)) {
			light = SlaLight.OVERDUE;
		}
		else if (today.isEqual(due)) {
			light = SlaLight.RED;
		}
		else if (left <= warnDays) {
			light = SlaLight.YELLOW;
		}
		else {
			light = SlaLight.GREEN;
		}
		return new SlaClock(light, due, left);
	}

}
