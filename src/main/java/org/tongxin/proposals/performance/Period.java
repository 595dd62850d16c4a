package org.tongxin.proposals.performance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.StringUtils;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * A period of office dates as asked: a year (2021: the whole year), or from..to, or nothing (the
 * caller's default). Bad input is a {@link Rejection} naming the field, never a 500.
 */
record Period(LocalDate from, LocalDate to) {

	/** About ten years: a longer period is a typing error. */
	static final int MAX_DAYS = 3_700;

	/** @return null when neither a year nor a date was given */
	static Period parse(String year, String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		if (StringUtils.hasText(year)) {
			try {
				int y = Integer.parseInt(year.strip());
				if (y < 1949 || y > 2999) {
					throw new NumberFormatException();
				}
				return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
			}
			catch (NumberFormatException ex) {
				throw new Rejection("year", "proposal.period.error.year");
			}
		}
		if (!StringUtils.hasText(from) && !StringUtils.hasText(to)) {
			return null;
		}
		LocalDate start = date("from", from, problems);
		LocalDate end = date("to", to, problems);
		if (problems.isEmpty() && start.isAfter(end)) {
			problems.add(new FieldProblem("to", "proposal.period.error.order", start, end));
		}
		else if (problems.isEmpty() && start.plusDays(MAX_DAYS).isBefore(end)) {
			problems.add(new FieldProblem("to", "proposal.period.error.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new Period(start, end);
	}

	static Period year(LocalDate day) {
		return new Period(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
	}

	private static LocalDate date(String field, String text, List<FieldProblem> problems) {
		if (!StringUtils.hasText(text)) {
			problems.add(new FieldProblem(field, "proposal.period.error.required"));
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "proposal.period.error.date", text.length() > 20 ? text.substring(0, 20) : text));
			return null;
		}
	}

}
