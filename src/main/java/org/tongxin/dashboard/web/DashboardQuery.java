package org.tongxin.dashboard.web;

import org.springframework.ui.Model;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.dashboard.internal.PeriodChoice;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.web.FilterBar;

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


	/** The filter bar as typed: what a refused question shows again. */
	public static void typed(Model model, String unit, String year, String quarter, String month, String from, String to) {
		model.addAttribute("unitFilter", unit == null ? "" : unit.strip());
		FilterBar.period(model, year, from, to);
		model.addAttribute("quarterFilter", quarter == null ? "" : quarter.strip());
		model.addAttribute("monthFilter", month == null ? "" : month.strip());
	}

	/**
	 * The filter bar as understood, and this query for the page's links: the period the figures
	 * cover (the default year included) and a typed unit by name and code.
	 */
	public void show(Model model, Dashboard.Asked asked, String unitTyped) {
		model.addAttribute("query", this);
		model.addAttribute("yearFilter", year == null ? "" : year);
		model.addAttribute("fromFilter", from == null ? "" : from);
		model.addAttribute("toFilter", to == null ? "" : to);
		if (unitTyped != null && !unitTyped.isBlank()) {
			model.addAttribute("unitFilter", UnitPicker.label(asked.unit().code(), asked.unit().name()));
		}
	}

}
