package org.tongxin.proposals.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** Duty performance for other systems: the same rules as the page (privilege, scope, dates). */
@RestController
@Tag(name = "Duty performance", description = "Duty-performance scores (履职积分) of members and democratic-party organisations.")
class PerformanceApiController {

	private final DutyPerformance performance;

	PerformanceApiController(DutyPerformance performance) {
		this.performance = performance;
	}

	@Operation(summary = "Duty performance, ranked", description = """
			PROPOSAL_VIEW. Period: `session` (id; default the session covering today, its dates), `year`, or
			`from`..`to` (at most ten years). Per member (the proposer person; every signed co-signer for
			PROPOSAL_COSIGNED) and per democratic-party organisation: the count of each item and the score with
			the session's points, ranked (equal scores share a rank). Items count by their date: first submission,
			registration, adoption, instruction, the linked decision's date (China Standard Time). Records
			outside the caller's scope do not count. 400 naming `year`, `from` or `to`.
			""")
	@GetMapping("/api/v1/performance")
	PerformanceReport api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return performance.ranking(actor, session, year, from, to);
	}

	@Operation(summary = "The caller's own duty performance", description = """
			Any signed-in user: their line as a member, and an organisation's account its organisation's. Parameters as the ranking.
			""")
	@GetMapping("/api/v1/performance/me")
	PerformanceReport apiMine(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String session,
			@RequestParam(required = false) String year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return performance.mine(actor, session, year, from, to);
	}

}
