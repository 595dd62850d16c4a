package org.tongxin.enterprises.web;

import io.swagger.v3.oas.annotations.Operation;

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
class MeasureApiController {

	private final ServicePlans plans;

	MeasureApiController(ServicePlans plans) {
		this.plans = plans;
	}

	/** What completes a measure: its result and the day (empty: today). */
	record DoneRequest(String resultNote, String doneOn) {
	}

	@Operation(summary = "The service plan: measures, open ones by due date first, overdue ones flagged")
	@GetMapping("/{id}/measures")
	Views.Plan plan(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return plans.of(actor, id);
	}

	@Operation(summary = "Add a measure: text, owner (free text) or ownerUsername (a user), startsOn, dueOn (not "
			+ "before startsOn), status (PLANNED|IN_PROGRESS|DONE|DROPPED), resultNote, doneOn (DONE only; empty: today)")
	@PostMapping("/{id}/measures")
	@ResponseStatus(HttpStatus.CREATED)
	Views.Measure add(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Drafts.MeasureDraft request) {
		return plans.add(actor, id, request);
	}

	@Operation(summary = "One measure")
	@GetMapping("/measures/{measureId}")
	Views.Measure get(@AuthenticationPrincipal Actor actor, @PathVariable long measureId) {
		return plans.measure(actor, measureId);
	}

	@Operation(summary = "Change a measure: absent fields stay, empty strings clear; version is required (409 when stale)")
	@PatchMapping("/measures/{measureId}")
	Views.Measure update(@AuthenticationPrincipal Actor actor, @PathVariable long measureId,
			@RequestBody Drafts.MeasureDraft request) {
		return plans.edit(actor, measureId, request);
	}

	@Operation(summary = "Complete an open measure with its result on doneOn (empty: today; not in the future)")
	@PostMapping("/measures/{measureId}/done")
	Views.Measure done(@AuthenticationPrincipal Actor actor, @PathVariable long measureId,
			@RequestBody(required = false) DoneRequest request) {
		return plans.complete(actor, measureId, request == null ? null : request.resultNote(),
				request == null ? null : request.doneOn());
	}

	@Operation(summary = "Remove a measure from the plan")
	@DeleteMapping("/measures/{measureId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@AuthenticationPrincipal Actor actor, @PathVariable long measureId) {
		plans.remove(actor, measureId);
	}

}
