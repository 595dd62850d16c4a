package org.tongxin.demands.figures;

import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/** The figures for dashboards and reports elsewhere: the same rules as the page (privilege, scope, dates). */
@RestController
@Tag(name = "Demand figures", description = "Demand figures (诉求统计) by unit and category for a period (DEMAND_VIEW).")
class FiguresApiController {

	private final DemandFigureReport report;

	private final Clock clock;

	FiguresApiController(DemandFigureReport report, Clock clock) {
		this.report = report;
		this.clock = clock;
	}

	@Operation(summary = "Demand figures of a unit's subtree", description = """
			DEMAND_VIEW. `unit`: a unit code, default the caller's home unit (outside the caller's scope: 404);
			`year` (four digits), or `from`, `to` (yyyy-MM-dd office dates; a blank end: the current year's), default the
			current year, at most ten years;; `basis` ARISING
			(default: cases arising in the subtree) or HANDLING (cases assigned to it). For cases submitted in the
			period: received, accepted, declined, answered, answered on time, overdue (ever late, or its open
			deadline passed), closed, rated, satisfied (with basically satisfied), satisfaction rate (null when
			none rated), reopened, enterprise difficulties received and solved with their amount. One row per
			child unit (its subtree), the unit itself and the total; a table by category. A bad year or a bad or
			reversed date is 400 naming `year`, `from` or `to`; a unit typed that names no unit is 404.
			""")
	@GetMapping("/api/v1/demands/figures")
	DemandFigures figures(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basis, Locale locale) {
		FigureQuestion question = FigureQuestion.parse(unit, year, from, to, basis, OfficeTime.today(clock));
		try {
			return report.figures(actor, question, locale);
		}
		catch (Rejection rejection) {
			throw UnitPicker.notFoundWhenUnknown(rejection);
		}
	}

}
