package org.tongxin.members.talent;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.members.talent.TalentForms.DoneForm;
import org.tongxin.members.talent.TalentForms.PlanForm;
import org.tongxin.members.talent.TalentForms.StepForm;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.StepFlow;
import org.tongxin.shared.web.Pager;

/**
 * Cultivation plans: the overview of active plans in the actor's scope (overdue steps first and
 * highlighted), and one plan's page with its steps and the forms to change the plan, add a step
 * and mark one done. The plan form comes back with its errors; the step forms are answered as every
 * workflow page answers its steps ({@link StepFlow}): a redirect to the plan, a refused one with its
 * errors and what was typed.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class PlanPageController {

	private static final String PLANS = "/members/talent/plans/";

	private final CultivationPlans plans;

	/** Adding a step: on the plan. */
	private final StepFlow planSteps;

	/** Marking a step done: on one of the plan's steps, shown on the plan's page. */
	private final StepFlow doneSteps;

	PlanPageController(CultivationPlans plans) {
		this.plans = plans;
		this.planSteps = StepFlow.onPages(PLANS, plans::plan).anchoredAt((step, planId) -> "add-step")
			.doneSays("talent.flash.stepAdded");
		this.doneSteps = StepFlow.onPagesOf((actor, stepId) -> PLANS + plans.planOfStep(actor, stepId).id())
			.anchoredAt((step, stepId) -> "step-" + stepId);
	}

	@GetMapping("/members/talent/plans")
	String overview(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String jump, Model model) {
		Pager pager = Pager.of(page, jump, size).describe(model);
		model.addAttribute("page", pager.show((number, rows) -> plans.active(actor, overdue, number, rows)));
		model.addAttribute("overdue", overdue);
		model.addAttribute("listUrl", "/members/talent/plans?" + (overdue ? "overdue=true&" : "") + "size=" + pager.size());
		return "members/talent-plans";
	}

	@GetMapping("/members/talent/plans/{planId}")
	String plan(@AuthenticationPrincipal Actor actor, @PathVariable long planId, Model model) {
		TalentViews.Plan plan = plans.plan(actor, planId);
		model.addAttribute("planForm", PlanForm.of(plan));
		return page(actor, plan, model);
	}

	@PostMapping("/members/talent/plans/{planId}")
	@Requires(Privilege.MEMBER_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long planId, @ModelAttribute("planForm") PlanForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		TalentViews.Plan plan = plans.plan(actor, planId);
		try {
			plans.edit(actor, planId, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, plan, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("talent.stale", "talent.stale");
			return page(actor, plan, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.planSaved");
		return "redirect:" + PLANS + planId;
	}

	@PostMapping("/members/talent/plans/{planId}/steps")
	@Requires(Privilege.MEMBER_MANAGE)
	String addStep(@AuthenticationPrincipal Actor actor, @PathVariable long planId,
			@ModelAttribute("stepForm") StepForm form, BindingResult binding, RedirectAttributes redirect) {
		return planSteps.take("ADD_STEP", actor, planId, binding, redirect,
				() -> plans.addStep(actor, planId, form.toDraft()));
	}

	@PostMapping("/members/talent/steps/{stepId}/done")
	@Requires(Privilege.MEMBER_MANAGE)
	String done(@AuthenticationPrincipal Actor actor, @PathVariable long stepId, @ModelAttribute("doneForm") DoneForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return doneSteps.lead("DONE", actor, stepId, binding, redirect,
				() -> new StepFlow.Done(PLANS + plans.markDone(actor, stepId, form.getDoneOn()).planId(),
						"talent.flash.stepDone"));
	}

	private String page(Actor actor, TalentViews.Plan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("canManage", actor.can(Privilege.MEMBER_MANAGE));
		model.addAttribute("statuses", PlanStatus.values());
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new StepForm());
		}
		return "members/talent-plan";
	}

}
