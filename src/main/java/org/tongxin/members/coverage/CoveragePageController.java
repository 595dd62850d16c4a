package org.tongxin.members.coverage;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/** The coverage page: filter by unit and date, summary cards and the tables behind them. */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class CoveragePageController {

	private final MemberCoverage coverage;

	CoveragePageController(MemberCoverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/members/coverage")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		model.addAttribute("figures", coverage.figures(actor, unit, date));
		model.addAttribute("unitFilter", unit == null ? "" : unit.trim());
		return "members/coverage";
	}

}
