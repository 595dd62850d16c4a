package org.tongxin.shared.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * A period of office dates, both days included, as figures and performance filters ask for it: a
 * year ({@code 2021}: the whole year), or {@code from..to} ({@code yyyy-MM-dd}), or nothing (the
 * caller's default). Parsed here once for every page and API, so that bad input is a
 * {@link Rejection} naming its field ({@code year}, {@code from}, {@code to}) with the reason
 * ({@code period.error.*} in the shared bundle), never a conversion error or a 500.
 */
public record Period(LocalDate from, LocalDate to) {

	public static final int FIRST_YEAR = 1949;

	public static final int LAST_YEAR = 2999;

	/** About ten years: a longer period is a typing error, not a question. */
	public static final int MAX_DAYS = 3_700;

	/** Typed text is quoted back in a reason at most this long. */
	private static final int QUOTED = 20;

	public Period {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	/** The calendar year the day falls in. */
	public static Period yearOf(LocalDate day) {
		return new Period(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
	}

	/**
	 * The period asked: the year when one is given (then from and to are not read), else from..to
	 * where a blank end is the current year's ({@code today}'s); empty when nothing is asked.
	 *
	 * @throws Rejection naming every bad field: a year that is not a number from 1949 to 2999, a date
	 * that is not {@code yyyy-MM-dd}, a start after the end (on {@code to}), a period over ten years
	 */
	public static Optional<Period> parse(String year, String from, String to, LocalDate today) {
		if (hasText(year)) {
			return Optional.of(year(year.strip()));
		}
		if (!hasText(from) && !hasText(to)) {
			return Optional.empty();
		}
		List<FieldProblem> problems = new ArrayList<>();
		Period thisYear = yearOf(today);
		LocalDate start = date("from", from, thisYear.from(), problems);
		LocalDate end = date("to", to, thisYear.to(), problems);
		if (problems.isEmpty() && start.isAfter(end)) {
			problems.add(new FieldProblem("to", "period.error.order", start, end));
		}
		else if (problems.isEmpty() && start.plusDays(MAX_DAYS).isBefore(end)) {
			problems.add(new FieldProblem("to", "period.error.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return Optional.of(new Period(start, end));
	}

	private static Period year(String text) {
		int year;
		try {
			year = Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			year = 0;
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			// the bounds as text: a message format would group their digits (1,949)
			throw new Rejection("year", "period.error.year", quoted(text), String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
		return yearOf(LocalDate.of(year, 1, 1));
	}

	private static LocalDate date(String field, String text, LocalDate blank, List<FieldProblem> problems) {
		if (!hasText(text)) {
			return blank;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			// ISO dates may carry years of nine digits (+999999999-12-31): outside the years the
			// platform counts in, refused like any other bad date
			if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// refused below
		}
		problems.add(new FieldProblem(field, "period.error.date", quoted(text.strip())));
		return blank;
	}

	private static String quoted(String text) {
		return text.length() > QUOTED ? text.substring(0, QUOTED) : text;
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
