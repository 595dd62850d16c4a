package org.tongxin.shared.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.tongxin.shared.domain.Period;

/**
 * What a dashboard asks every module's section: a unit (code, already checked to be within the
 * viewer's scope) and a period, with the two periods it is compared with: the one before it (the
 * previous month, quarter or year, or as many days just before a custom period) and the same period
 * a year earlier.
 */
public record DashboardQuestion(String unitCode, Period period, Period previous, Period lastYear) {

	/** How many months a trend shows, ending with the period's last month. */
	public static final int TREND_MONTHS = 12;

	/** The months of the trend: the twelve ending with the month of the period's end, oldest first. */
	public List<Period> trendMonths() {
		YearMonth last = YearMonth.from(period.to());
		List<Period> months = new ArrayList<>(TREND_MONTHS);
		for (int i = TREND_MONTHS - 1; i >= 0; i--) {
			YearMonth month = last.minusMonths(i);
			months.add(new Period(month.atDay(1), month.atEndOfMonth()));
		}
		return months;
	}

	/** From the first day of the trend's first month to the last day of its last: one statement's range. */
	public Period trendSpan() {
		List<Period> months = trendMonths();
		return new Period(months.get(0).from(), months.get(months.size() - 1).to());
	}

	/**
	 * Whether the same period a year earlier is the period before (a year is compared with the year
	 * before, once): a section then counts it once.
	 */
	public boolean lastYearIsPrevious() {
		return lastYear.equals(previous);
	}

	/** The period's first and last day as a query string ({@code from=…&to=…}) for links to a module's pages. */
	public static String range(Period period) {
		return "from=" + period.from() + "&to=" + period.to();
	}

	public LocalDate from() {
		return period.from();
	}

	public LocalDate to() {
		return period.to();
	}

}
