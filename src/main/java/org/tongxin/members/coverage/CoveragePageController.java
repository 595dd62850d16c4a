package org.tongxin.members.coverage;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/** The coverage page: filter by unit and date, summary cards and the tables behind them. */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class CoveragePageController {

	private final MemberCoverage coverage;

	private final MessageSource messages;

	CoveragePageController(MemberCoverage coverage, MessageSource messages) {
		this.coverage = coverage;
		this.messages = messages;
	}

	@GetMapping("/members/coverage")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
			Model model, HttpServletResponse response) {
		model.addAttribute("unitFilter", unit == null ? "" : unit.strip());
		model.addAttribute("dateFilter", date);
		try {
			CoverageFigures figures = coverage.figures(actor, unit, date);
			model.addAttribute("figures", figures);
			if (unit != null && !unit.isBlank()) {
				model.addAttribute("unitFilter", UnitPicker.label(figures.unitCode(), figures.unitName()));
			}
		}
		catch (Rejection rejection) {
			// a unit typed that is not there, not visible, or named by several: said next to the field
			Rejection.FieldProblem problem = rejection.problems().get(0);
			model.addAttribute("unitError", messages.getMessage(problem.code(), problem.args(), locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return "members/coverage";
	}

}
