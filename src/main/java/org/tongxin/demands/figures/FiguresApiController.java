package org.tongxin.demands.figures;

import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

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
class FiguresApiController {

	private final DemandFigureReport report;

	private final Clock clock;

	FiguresApiController(DemandFigureReport report, Clock clock) {
		this.report = report;
		this.clock = clock;
	}

	@Operation(summary = "Demand figures of a unit's subtree (unit: code, default the caller's home unit) for cases "
			+ "submitted in a year, or from..to (yyyy-MM-dd office dates; a blank end: the current year's), default the "
			+ "current year, by child unit and by category; "
			+ "basis ARISING (default: where cases arise) or HANDLING (the unit they were assigned to)")
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
