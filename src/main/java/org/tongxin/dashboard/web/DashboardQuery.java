package org.tongxin.dashboard.web;

import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.dashboard.internal.PeriodChoice;

/**
 * The question of a page as the parameters its sections are loaded with: the unit's code and the
 * period as resolved (a custom period as from..to, the others by year and quarter or month), so
 * that every section answers exactly what the page shows.
 */
public record DashboardQuery(String unit, String year, String quarter, String month, String from, String to) {

	public static DashboardQuery of(Dashboard.Asked asked) {
		PeriodChoice c = asked.choice();
		String year = String.valueOf(c.period().from().getYear());
		return switch (c.kind()) {
			case YEAR -> new DashboardQuery(asked.unit().code(), year, null, null, null, null);
			case QUARTER -> new DashboardQuery(asked.unit().code(), year,
					String.valueOf((c.period().from().getMonthValue() + 2) / 3), null, null, null);
			case MONTH -> new DashboardQuery(asked.unit().code(), year, null, String.valueOf(c.period().from().getMonthValue()),
					null, null);
			case CUSTOM -> new DashboardQuery(asked.unit().code(), null, null, null, c.period().from().toString(),
					c.period().to().toString());
		};
	}

}
