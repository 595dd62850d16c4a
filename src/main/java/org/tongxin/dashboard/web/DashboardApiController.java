package org.tongxin.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.shared.figures.SectionFigures;
import org.tongxin.shared.security.Actor;

/** The dashboard's figures for scripts: the same question, rules and sections as the page. */
@RestController
@Tag(name = "Dashboard", description = "Leaders' dashboard: every module's key figures by unit and period (工作看板).")
class DashboardApiController {

	private final Dashboard dashboard;

	DashboardApiController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	/** The answer: the unit and period asked, the periods compared, and the sections in the order of the three actions. */
	record DashboardAnswer(String unitCode, String unitName, String kind, LocalDate from, LocalDate to,
			LocalDate previousFrom, LocalDate previousTo, LocalDate lastYearFrom, LocalDate lastYearTo,
			List<SectionFigures> sections) {
	}

	@Operation(summary = "Every section of the dashboard for a unit and a period", description = """
			Any privilege that shows a section: MEMBER_VIEW (registry), DEMAND_VIEW (demands, enterprise
			difficulties), PROPOSAL_VIEW (proposals and reports); a caller without any gets 404. `unit`: a code or
			name within the caller's scope (default: the top of the scope); an unknown unit and one outside the
			scope are the same 404. Period: `year` alone, `year` and `quarter` (1–4), `year` and `month` (1–12),
			or `from`..`to` (yyyy-MM-dd, at most ten years); default the current year. Each section has its
			figures with the value for the period, for the previous period (month, quarter, year, or as many days
			before) and for the same period a year earlier; rates are percent with one decimal (null: nothing to
			measure), amounts yuan; `link` lists the records behind each figure. `trend`: the main figure over
			the twelve months ending with the period; `byUnit`: the main figure per unit directly below.
			A bad value is 400 naming its field.
			""")
	@GetMapping("/api/v1/dashboard")
	DashboardAnswer api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Dashboard.Asked asked = dashboard.askForDownload(actor, unit, year, quarter, month, from, to);
		var c = asked.choice();
		return new DashboardAnswer(asked.unit().code(), asked.unit().name(), c.kind().name(), c.period().from(),
				c.period().to(), c.previous().from(), c.previous().to(), c.lastYear().from(), c.lastYear().to(),
				dashboard.all(actor, asked));
	}

}
