package org.tongxin.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Working-day arithmetic on the administrators' calendar. A day is a working day when it is a
 * HOLIDAY-free Monday to Friday, or a weekend day marked WORKDAY. Answers come from a per-year cache
 * of the marked days (one query per year, reloaded when the year is changed here), never a query
 * per day.
 *
 * <p>Counting is from the day after the start, as deadlines in working days are counted in Chinese
 * administrative practice: the day something arrives is not one of its days. So
 * {@code workingDaysBetween(start, addWorkingDays(start, n)) == n} for every {@code n >= 0}.
 */
public interface BusinessCalendar {

	/** The largest number of working days {@link #addWorkingDays} accepts (about ten years). */
	int MAX_DAYS = 2_500;

	boolean isWorkingDay(LocalDate day);

	/**
	 * The deadline {@code days} working days after {@code start}: the {@code days}-th working day
	 * strictly after {@code start}, whether or not {@code start} itself is a working day. With
	 * {@code days == 0} the answer is {@code start} itself (due the same day).
	 *
	 * @throws IllegalArgumentException when {@code days} is negative or above {@link #MAX_DAYS}
	 */
	LocalDate addWorkingDays(LocalDate start, int days);

	/**
	 * The number of working days {@code d} with {@code from < d <= to}: 0 when they are the same
	 * day, negative (the same count with its sign turned) when {@code to} is before {@code from}.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

	/** The marked days of a year, in date order. */
	List<CalendarDay> markedDays(int year);

}
