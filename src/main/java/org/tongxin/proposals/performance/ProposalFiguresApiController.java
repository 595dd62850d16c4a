package org.tongxin.proposals.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.org.UnitPicker;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;

/** The figures for dashboards and reports elsewhere: the same rules as the page (privilege, scope, dates). */
@RestController
@Tag(name = "Proposal figures", description = "Proposal, report and decision figures by unit (建言献策统计).")
class ProposalFiguresApiController {

	private final ProposalFigureReport report;

	ProposalFiguresApiController(ProposalFigureReport report) {
		this.report = report;
	}

	@Operation(summary = "Proposal, report and decision figures of a unit's subtree", description = """
			PROPOSAL_VIEW. `unit`: a unit code, default the caller's home unit; period `year` or `from`..`to`
			(default the current year; at most ten years). For the proposer's or reporter's unit: proposals
			submitted, registered, declined, merged, replied (a re-handled proposal counts in the period of its
			first reply), closed; reports submitted and accepted; adoptions and leader instructions by level;
			decisions (distinct decisions decided in the period with a source in the unit: one decision counts
			once in the total), split by issuer in `decisionsByIssuer`: `partyCommittee` (区委), `government`
			(区政府), `joint` (两办), each decision under its own issuer once, so the three add up to `decisions`;
			and their results (count, completed, average progress). One row per child unit,
			the unit itself, the total, and one row per party organisation. A bad year or date is 400 naming
			`year`, `from` or `to`.
			""")
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
