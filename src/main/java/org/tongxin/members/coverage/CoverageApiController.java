package org.tongxin.members.coverage;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/** The coverage figures for reports and dashboards elsewhere; the same rules as the page (privilege, scope). */
@RestController
@Tag(name = "Member coverage", description = "Coverage of the registry (覆盖情况): exact figures for a unit's subtree.")
class CoverageApiController {

	private final MemberCoverage coverage;

	CoverageApiController(MemberCoverage coverage) {
		this.coverage = coverage;
	}

	@Operation(summary = "Coverage of the registry for a unit's subtree", description = """
			MEMBER_VIEW. `unit`: a unit code or exact name, default the top of the caller's scope (outside it: 404); `date`
			(yyyy-MM-dd, default today). People by category (one person may be in several) and by child unit,
			current NPC and CPPCC seats by level, CPPCC members by category, and gaps: people without a liaison,
			child units without people. Exact counts, not capped like the list. `seatShares`: each NPC or CPPCC
			session current on the date whose total seats the department recorded (`/api/v1/member-sessions`),
			with the seats the unit's registered (non-party) people hold and their share in percent, two
			decimals (for the district: the non-party share, e.g. 86.86).
			""")
	@GetMapping("/api/v1/members/coverage")
	CoverageFigures figures(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		try {
			return coverage.figures(actor, unit, date);
		}
		catch (Rejection rejection) {
			throw UnitPicker.notFoundWhenUnknown(rejection);
		}
	}

}
