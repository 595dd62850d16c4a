package org.tongxin.proposals.performance;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** Duty performance for other systems: the same rules as the page (privilege, scope, dates). */
@RestController
class PerformanceApiController {

	private final DutyPerformance performance;

	PerformanceApiController(DutyPerformance performance) {
		this.performance = performance;
	}

	@Operation(summary = "Duty performance (PROPOSAL_VIEW): members and democratic-party organisations ranked by "
			+ "weighted score, counts per item; session (id or name) and/or year or from..to (office dates); "
			+ "default the session covering today")
	@GetMapping("/api/v1/performance")
	PerformanceReport api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return performance.ranking(actor, session, year, from, to);
	}

	@Operation(summary = "The caller's own duty performance: as a member, and as a party organisation's account")
	@GetMapping("/api/v1/performance/me")
	PerformanceReport apiMine(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return performance.mine(actor, session, year, from, to);
	}

}
