package org.tongxin.members.talent;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.talent.TalentViews.Plan;
import org.tongxin.members.talent.TalentViews.Step;
import org.tongxin.shared.security.Actor;

/** Cultivation plans for other systems and scripts; the same rules as the pages (privilege, scope, audit). */
@RestController
@RequestMapping("/api/v1/members")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Talent plans", description = "Cultivation plans (培养计划) with dated steps: MEMBER_VIEW to read, MEMBER_MANAGE to change, within the data scope.")
class PlanApiController {

	private final CultivationPlans plans;

	PlanApiController(CultivationPlans plans) {
		this.plans = plans;
	}

	/** A page of plans. */
	record PlanPage(List<Plan> content, int page, int size, long totalElements, int totalPages) {

		static PlanPage of(Page<Plan> page) {
			return new PlanPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	@Operation(summary = "Active plans of people in the caller's scope", description = """
			MEMBER_VIEW. Those with the earliest open step first; `overdue=true`: only plans with an overdue step;
			`page` from 0, 20 a page.
			""")
	@GetMapping("/talent/plans")
	PlanPage active(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page) {
		return PlanPage.of(plans.active(actor, overdue, page, CultivationPlans.PAGE_SIZE));
	}

	@Operation(summary = "A person's cultivation plans with their steps", description = """
			MEMBER_VIEW. Newest first. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}/plans")
	List<Plan> of(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return plans.of(actor, id);
	}

	@Operation(summary = "Create a plan", description = """
			MEMBER_MANAGE. Body: `title`, `goal`, `startsOn`, `endsOn` (not before `startsOn`), `status` (ACTIVE
			by default). 201. Audited on the person. 400 naming every bad field.
			""")
	@PostMapping("/{id}/plans")
	@ResponseStatus(HttpStatus.CREATED)
	Plan create(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Drafts.PlanDraft request) {
		return plans.create(actor, id, request);
	}

	@Operation(summary = "One plan with its steps", description = """
			MEMBER_VIEW. 404 for a plan of a person outside the scope.
			""")
	@GetMapping("/talent/plans/{planId}")
	Plan plan(@AuthenticationPrincipal Actor actor, @PathVariable long planId) {
		return plans.plan(actor, planId);
	}

	@Operation(summary = "Change a plan", description = """
			MEMBER_MANAGE. Absent fields stay; `version` is required (409 when stale); `status` ACTIVE, COMPLETED
			or CANCELLED; the new dates must still hold every step's due date (400 naming the step).
			""")
	@PatchMapping("/talent/plans/{planId}")
	Plan edit(@AuthenticationPrincipal Actor actor, @PathVariable long planId, @RequestBody Drafts.PlanDraft request) {
		return plans.edit(actor, planId, request);
	}

	@Operation(summary = "Add a step to an active plan", description = """
			MEMBER_MANAGE. Body: `title`, `dueOn` (within the plan's dates), `note`. 201. 400 when the plan is not active.
			""")
	@PostMapping("/talent/plans/{planId}/steps")
	@ResponseStatus(HttpStatus.CREATED)
	Step addStep(@AuthenticationPrincipal Actor actor, @PathVariable long planId, @RequestBody Drafts.StepDraft request) {
		return plans.addStep(actor, planId, request);
	}

	@Operation(summary = "Mark a step done", description = """
			MEMBER_MANAGE. Optional body `doneOn` (default today; not before the plan started, not in the future). 400 when already done.
			""")
	@PostMapping("/talent/steps/{stepId}/done")
	Step done(@AuthenticationPrincipal Actor actor, @PathVariable long stepId,
			@RequestBody(required = false) Drafts.StepDone request) {
		return plans.markDone(actor, stepId, request == null ? null : request.doneOn());
	}

}
