package org.tongxin.demands.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.util.StringUtils;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * What the page, the API and the export are asked, as typed: parsed here so that a bad date is a
 * {@link Rejection} naming its field (the page shows it next to the field, the API answers 400),
 * never a type-conversion 404 or 500. Blank values take the defaults (the actor's home unit, the
 * current year in office dates).
 */
public record FigureQuestion(String unitCode, LocalDate from, LocalDate to, FigureBasis basis) {

	/** About ten years: a period longer than that is a typing error, not a question. */
	static final int MAX_DAYS = 3_700;

	public static FigureQuestion parse(String unit, String from, String to, String basis, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate start = date("from", from, today.withDayOfYear(1), problems);
		LocalDate end = date("to", to, today.withDayOfYear(today.lengthOfYear()), problems);
		FigureBasis by = FigureBasis.ARISING;
		if (StringUtils.hasText(basis)) {
			try {
				by = FigureBasis.valueOf(basis.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("basis", "demand.figures.error.basis"));
			}
		}
		if (problems.isEmpty() && start.isAfter(end)) {
			problems.add(new FieldProblem("to", "demand.figures.error.order", start, end));
		}
		else if (problems.isEmpty() && start.plusDays(MAX_DAYS).isBefore(end)) {
			problems.add(new FieldProblem("to", "demand.figures.error.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new FigureQuestion(StringUtils.hasText(unit) ? unit.trim() : null, start, end, by);
	}

	private static LocalDate date(String field, String text, LocalDate fallback, List<FieldProblem> problems) {
		if (!StringUtils.hasText(text)) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "demand.figures.error.date", text.length() > 20 ? text.substring(0, 20) : text));
			return fallback;
		}
	}

}
