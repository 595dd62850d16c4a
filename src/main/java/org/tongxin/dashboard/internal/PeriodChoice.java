package org.tongxin.dashboard.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.util.StringUtils;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * The period a dashboard is asked for, as typed: a month ({@code year} and {@code month} 1–12), a
 * quarter ({@code year} and {@code quarter} 1–4), a year, or {@code from}..{@code to}; nothing
 * asked is the current year. With it come the periods it is compared with: the previous month,
 * quarter or year (for from..to, as many days just before), and the same period a year earlier.
 * Bad input is a {@link Rejection} naming each bad field.
 */
public record PeriodChoice(Kind kind, Period period, Period previous, Period lastYear, boolean toDate) {

	PeriodChoice(Kind kind, Period period, Period previous, Period lastYear) {
		this(kind, period, previous, lastYear, false);
	}

	public enum Kind {

		YEAR, QUARTER, MONTH, CUSTOM

	}

	public static PeriodChoice parse(String year, String quarter, String month, String from, String to, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		Integer q = number("quarter", quarter, 4, problems);
		Integer m = number("month", month, 12, problems);
		if (q != null && m != null) {
			problems.add(new FieldProblem("month", "dashboard.error.quarterAndMonth"));
		}
		Period yearAsked = null;
		if (StringUtils.hasText(year) || q != null || m != null) {
			try {
				yearAsked = Period.parse(StringUtils.hasText(year) ? year : String.valueOf(today.getYear()), null, null, today)
					.orElseThrow();
			}
			catch (Rejection rejection) {
				problems.addAll(rejection.problems());
			}
		}
		Optional<Period> custom = Optional.empty();
		if (yearAsked == null && problems.isEmpty()) {
			try {
				custom = Period.parse(null, from, to, today);
			}
			catch (Rejection rejection) {
				problems.addAll(rejection.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (yearAsked == null) {
			return custom.map(PeriodChoice::custom).orElseGet(() -> year(today.getYear())).upTo(today);
		}
		int y = yearAsked.from().getYear();
		if (m != null) {
			return month(YearMonth.of(y, m)).upTo(today);
		}
		return (q != null ? quarter(y, q) : year(y)).upTo(today);
	}

	/**
	 * A period that has not ended is counted up to today, and compared with as many days of the
	 * periods it is compared with: this year so far against last year to the same day, not against
	 * the whole of last year (and no month of the trend lies in the future).
	 */
	PeriodChoice upTo(LocalDate today) {
		if (today.isBefore(period.from()) || !today.isBefore(period.to())) {
			return this;
		}
		long days = ChronoUnit.DAYS.between(period.from(), today);
		Period before = kind == Kind.CUSTOM ? new Period(period.from().minusDays(days + 1), period.from().minusDays(1))
				: new Period(previous.from(), earlier(previous.from().plusDays(days), previous.to()));
		Period yearAgo = new Period(lastYear.from(), earlier(today.minusYears(1), lastYear.to()));
		return new PeriodChoice(kind, new Period(period.from(), today), before, yearAgo, true);
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static PeriodChoice year(int year) {
		return new PeriodChoice(Kind.YEAR, Period.yearOf(LocalDate.of(year, 1, 1)), Period.yearOf(LocalDate.of(year - 1, 1, 1)),
				Period.yearOf(LocalDate.of(year - 1, 1, 1)));
	}

	static PeriodChoice quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, 3 * quarter - 2);
		return new PeriodChoice(Kind.QUARTER, months(first, 3), months(first.minusMonths(3), 3),
				months(first.minusYears(1), 3));
	}

	static PeriodChoice month(YearMonth month) {
		return new PeriodChoice(Kind.MONTH, months(month, 1), months(month.minusMonths(1), 1), months(month.minusYears(1), 1));
	}

	static PeriodChoice custom(Period period) {
		long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
		return new PeriodChoice(Kind.CUSTOM, period,
				new Period(period.from().minusDays(days), period.from().minusDays(1)),
				new Period(period.from().minusYears(1), period.to().minusYears(1)));
	}

	private static Period months(YearMonth first, int count) {
		return new Period(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
	}

	/** A whole number from 1 to max, or null when blank; anything else a problem on the field. */
	private static Integer number(String field, String text, int max, List<FieldProblem> problems) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		String t = text.strip();
		if (t.matches("[0-9]{1,2}")) {
			int n = Integer.parseInt(t);
			if (n >= 1 && n <= max) {
				return n;
			}
		}
		problems.add(new FieldProblem(field, "dashboard.error." + field, max));
		return null;
	}

}
