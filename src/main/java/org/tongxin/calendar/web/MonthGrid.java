package org.tongxin.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tongxin.calendar.CalendarDay;

/**
 * One month as weeks of seven cells, Monday first (as Chinese calendars are printed); cells
 * outside the month are empty. Built in memory from the year's marked days.
 */
public record MonthGrid(int month, List<List<Cell>> weeks) {

	/** A cell: its day (null outside the month), weekend, and the day's mark if any. */
	public record Cell(LocalDate date, boolean weekend, CalendarDay marked) {

		public boolean working() {
			return marked != null ? marked.kind() == org.tongxin.calendar.DayKind.WORKDAY : !weekend;
		}

		/** The CSS class of the cell: tx-cal-holiday, tx-cal-workday, tx-cal-weekend or none. */
		public String css() {
			if (date == null) {
				return "tx-cal-empty";
			}
			if (marked != null) {
				return marked.kind() == org.tongxin.calendar.DayKind.HOLIDAY ? "tx-cal-holiday" : "tx-cal-workday";
			}
			return weekend ? "tx-cal-weekend" : "";
		}

	}

	static List<MonthGrid> year(int year, Map<LocalDate, CalendarDay> marked) {
		List<MonthGrid> months = new ArrayList<>(12);
		for (int m = 1; m <= 12; m++) {
			months.add(month(YearMonth.of(year, m), marked));
		}
		return months;
	}

	static MonthGrid month(YearMonth month, Map<LocalDate, CalendarDay> marked) {
		List<List<Cell>> weeks = new ArrayList<>();
		List<Cell> week = new ArrayList<>(7);
		int lead = month.atDay(1).getDayOfWeek().getValue() - 1;
		for (int i = 0; i < lead; i++) {
			week.add(new Cell(null, false, null));
		}
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			DayOfWeek dow = date.getDayOfWeek();
			week.add(new Cell(date, dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, marked.get(date)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>(7);
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(new Cell(null, false, null));
			}
			weeks.add(week);
		}
		return new MonthGrid(month.getMonthValue(), weeks);
	}

}
