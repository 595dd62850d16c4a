package org.tongxin.proposals.performance;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/** The figures for dashboards and reports elsewhere: the same rules as the page (privilege, scope, dates). */
@RestController
class ProposalFiguresApiController {

	private final ProposalFigureReport report;

	ProposalFiguresApiController(ProposalFigureReport report) {
		this.report = report;
	}

	@Operation(summary = "Proposal, report and decision figures of a unit's subtree (unit: code, default the caller's "
			+ "home unit) for a year or from..to (office dates, default the current year), by child unit and by "
			+ "democratic-party organisation")
	@GetMapping("/api/v1/proposal-figures")
	ProposalFigures api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		try {
			return report.figures(actor, unit, year, from, to);
		}
		catch (Rejection rejection) {
			throw UnitPicker.notFoundWhenUnknown(rejection);
		}
	}

}
