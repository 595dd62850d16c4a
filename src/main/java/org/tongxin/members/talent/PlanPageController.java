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
import org.tongxin.members.talent.TalentForms.PlanForm;
import org.tongxin.members.talent.TalentForms.StepForm;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.PageSize;

/**
 * Cultivation plans: the overview of active plans in the actor's scope (overdue steps first and
 * highlighted), and one plan's page with its steps and the forms to change the plan, add a step
 * and mark one done; forms come back with their errors, or redirect to the plan with a flash.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class PlanPageController {

	private final CultivationPlans plans;

	PlanPageController(CultivationPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/members/talent/plans")
	String overview(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String jump, Model model) {
		int pageSize = PageSize.of(size);
		model.addAttribute("page", plans.active(actor, overdue, PageSize.page(jump, page), pageSize));
		model.addAttribute("overdue", overdue);
		model.addAttribute("listUrl", "/members/talent/plans?" + (overdue ? "overdue=true&" : "") + "size=" + pageSize);
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
		return "redirect:/members/talent/plans/" + planId;
	}

	@PostMapping("/members/talent/plans/{planId}/steps")
	@Requires(Privilege.MEMBER_MANAGE)
	String addStep(@AuthenticationPrincipal Actor actor, @PathVariable long planId,
			@ModelAttribute("stepForm") StepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		TalentViews.Plan plan = plans.plan(actor, planId);
		try {
			plans.addStep(actor, planId, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			model.addAttribute("planForm", PlanForm.of(plan));
			return page(actor, plan, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.stepAdded");
		return "redirect:/members/talent/plans/" + planId;
	}

	@PostMapping("/members/talent/steps/{stepId}/done")
	@Requires(Privilege.MEMBER_MANAGE)
	String done(@AuthenticationPrincipal Actor actor, @PathVariable long stepId,
			@RequestParam(required = false) String doneOn, Model model, RedirectAttributes redirect) {
		TalentViews.Plan plan = plans.planOfStep(actor, stepId);
		try {
			plans.markDone(actor, stepId, doneOn);
		}
		catch (Rejection rejection) {
			model.addAttribute("planForm", PlanForm.of(plan));
			model.addAttribute("doneProblem", rejection.problems().get(0));
			model.addAttribute("doneStep", stepId);
			return page(actor, plan, model);
		}
		redirect.addFlashAttribute("flash", "talent.flash.stepDone");
		return "redirect:/members/talent/plans/" + plan.id();
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
