package org.tongxin.demands.sla;

import java.time.LocalDate;

import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.shared.workflow.SlaLight;

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

	/**
	 * The first day the clock of a step due on {@code due} shows YELLOW: the earliest day from which
	 * at most {@code warnDays} working days remain ({@link #of} on any day from it until the day
	 * before {@code due} says YELLOW). With 0 warning days, the deadline itself.
	 */
	public static LocalDate warnFrom(LocalDate due, int warnDays, BusinessCalendar calendar) {
		LocalDate day = due;
		int remaining = 0;
		for (int step = 0; step < BusinessCalendar.MAX_DAYS; step++) {
			int before = remaining + (calendar.isWorkingDay(day) ? 1 : 0);
			if (before > warnDays) {
				return day;
			}
			remaining = before;
			day = day.minusDays(1);
		}
		return day;
	}

}
