package org.tongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntFunction;

import org.tongxin.calendar.BusinessCalendar;
import org.tongxin.calendar.DayKind;

/**
 * The arithmetic of {@link BusinessCalendar}, without Spring or a database: the marked days of a
 * year come from {@code year}, which the caller caches. Walks day by day in memory; even ten years
 * are a few thousand map look-ups.
 */
final class WorkingDays {

	private final IntFunction<Map<LocalDate, DayKind>> year;

	WorkingDays(IntFunction<Map<LocalDate, DayKind>> year) {
		this.year = year;
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind marked = year.apply(day.getYear()).get(day);
		if (marked != null) {
			return marked == DayKind.WORKDAY;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	LocalDate addWorkingDays(LocalDate start, int days) {
		if (days < 0 || days > BusinessCalendar.MAX_DAYS) {
			throw new IllegalArgumentException("working days must be 0.." + BusinessCalendar.MAX_DAYS + ", not " + days);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
