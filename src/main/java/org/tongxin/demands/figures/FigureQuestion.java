package org.tongxin.demands.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.util.StringUtils;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * What the page, the API and the export are asked, as typed: parsed here so that a bad value is a
 * {@link Rejection} naming its field (the page shows it next to the field, the API answers 400),
 * never a type-conversion 404 or 500. The period is a {@link Period} (a year, or from..to); blank
 * values take the defaults (the actor's home unit, the current year in office dates).
 */
public record FigureQuestion(String unitCode, LocalDate from, LocalDate to, FigureBasis basis) {

	public static FigureQuestion parse(String unit, String year, String from, String to, String basis, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		Period period = Period.yearOf(today);
		try {
			period = Period.parse(year, from, to, today).orElse(period);
		}
		catch (Rejection rejection) {
			problems.addAll(rejection.problems());
		}
		FigureBasis by = FigureBasis.ARISING;
		if (StringUtils.hasText(basis)) {
			try {
				by = FigureBasis.valueOf(basis.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("basis", "demand.figures.error.basis"));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new FigureQuestion(StringUtils.hasText(unit) ? unit.trim() : null, period.from(), period.to(), by);
	}

}
