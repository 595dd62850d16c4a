package org.tongxin.enterprises.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.enterprises.internal.Drafts;
import org.tongxin.enterprises.internal.ServicePlans;
import org.tongxin.enterprises.internal.Views;
import org.tongxin.shared.security.Actor;

/** The service plan (一企一策) for other systems and scripts; the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprise plans", description = "The service plan of an enterprise (一企一策): measures with owners, dates and status.")
class MeasureApiController {

	private final ServicePlans plans;

	MeasureApiController(ServicePlans plans) {
		this.plans = plans;
	}

	/** What completes a measure: its result and the day (empty: today). */
	record DoneRequest(String resultNote, String doneOn) {
	}

	@Operation(summary = "The service plan of an enterprise", description = """
			ENTERPRISE_VIEW. Open measures by due date first; open measures past their due date are flagged overdue.
			""")
	@GetMapping("/{id}/measures")
	Views.Plan plan(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return plans.of(actor, id);
	}

	@Operation(summary = "Add a measure", description = """
			ENTERPRISE_MANAGE. Body: `text`, `owner` (a unit or person as free text) or `ownerUsername` (an
			enabled user), `startsOn`, `dueOn` (not before `startsOn`), `status` (PLANNED, IN_PROGRESS, DONE,
			DROPPED), `resultNote`, `doneOn` (DONE only; empty: today; not in the future nor before the start).
			201. Audited. 400 naming each bad field.
			""")
	@PostMapping("/{id}/measures")
	@ResponseStatus(HttpStatus.CREATED)
	Views.Measure add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Drafts.MeasureDraft request) {
		return plans.add(actor, id, request);
	}

	@Operation(summary = "One measure", description = """
			ENTERPRISE_VIEW. 404 outside the caller's scope.
			""")
	@GetMapping("/measures/{measureId}")
	Views.Measure get(@AuthenticationPrincipal Actor actor, @PathVariable long measureId) {
		return plans.measure(actor, measureId);
	}

	@Operation(summary = "Change a measure", description = """
			ENTERPRISE_MANAGE. Absent fields stay, empty strings clear; `version` is required (409 when stale). Audited.
			""")
	@PatchMapping("/measures/{measureId}")
	Views.Measure update(@AuthenticationPrincipal Actor actor, @PathVariable long measureId,
			@RequestBody Drafts.MeasureDraft request) {
		return plans.edit(actor, measureId, request);
	}

	@Operation(summary = "Complete an open measure", description = """
			ENTERPRISE_MANAGE. Optional body: `resultNote`, `doneOn` (empty: today; not in the future nor before
			the start), e.g. `{"resultNote":"…","doneOn":"2026-11-20"}`. 400 naming `status` when the measure is
			already done or dropped.
			""")
	@PostMapping("/measures/{measureId}/done")
	Views.Measure done(@AuthenticationPrincipal Actor actor, @PathVariable long measureId,
			@RequestBody(required = false) DoneRequest request) {
		return plans.complete(actor, measureId, request == null ? null : request.resultNote(),
				request == null ? null : request.doneOn());
	}

	@Operation(summary = "Remove a measure from the plan", description = """
			ENTERPRISE_MANAGE. 204. Audited.
			""")
	@DeleteMapping("/measures/{measureId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Actor actor, @PathVariable long measureId) {
		plans.remove(actor, measureId);
	}

}
