package org.tongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tongxin.calendar.CalendarDay;
import org.tongxin.calendar.DayKind;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * Checks a marked day and reports every bad field at once, without Spring: a real date within
 * {@link #FIRST_YEAR}..{@link #LAST_YEAR}, a known kind, a name for a holiday (the page and later
 * the SLA clocks say which holiday a day off belongs to), and WORKDAY only on a Saturday or
 * Sunday (a weekday already works). A HOLIDAY may fall on any day.
 */
public final class CalendarRules {

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2100;

	public static final int NAME_MAX = 50;

	private CalendarRules() {
	}

	public static CalendarDay check(String dateText, String kindText, String nameText) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = date(dateText, problems);
		DayKind kind = kind(kindText, problems);
		String name = nameText == null ? "" : nameText.strip();
		if (name.length() > NAME_MAX) {
			problems.add(new FieldProblem("name", "calendar.name.tooLong", NAME_MAX));
		}
		if (kind == DayKind.HOLIDAY && name.isEmpty()) {
			problems.add(new FieldProblem("name", "calendar.name.required"));
		}
		if (kind == DayKind.WORKDAY && date != null && !weekend(date)) {
			problems.add(new FieldProblem("kind", "calendar.kind.workdayOnWeekday", date.toString()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new CalendarDay(date, kind, name);
	}

	/** A date to clear or a date in a path: required, ISO (2026-10-01), within the years kept. */
	public static LocalDate date(String text) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = date(text, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return date;
	}

	/** A year asked for: digits within the years kept. */
	public static int year(String text) {
		try {
			int year = Integer.parseInt(text == null ? "" : text.strip());
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a year out of range
		}
		throw new Rejection("year", "calendar.year.invalid", FIRST_YEAR, LAST_YEAR);
	}

	static boolean weekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static LocalDate date(String text, List<FieldProblem> problems) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			problems.add(new FieldProblem("date", "calendar.date.required"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
				return date;
			}
			problems.add(new FieldProblem("date", "calendar.date.outOfRange", FIRST_YEAR, LAST_YEAR));
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("date", "calendar.date.invalid", value));
		}
		return null;
	}

	private static DayKind kind(String text, List<FieldProblem> problems) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			problems.add(new FieldProblem("kind", "calendar.kind.required"));
			return null;
		}
		try {
			return DayKind.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("kind", "calendar.kind.unknown", value));
			return null;
		}
	}

}
