package org.tongxin.enterprises.web;

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
import org.tongxin.enterprises.internal.MeasureStatus;
import org.tongxin.enterprises.internal.ServicePlans;
import org.tongxin.enterprises.internal.Views;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * The service plan of an enterprise: the section its detail page loads (htmx asks for the
 * fragment; without htmx the same address is a page of its own, where the add form also comes
 * back with its errors), and the add, edit, complete and remove forms, which redirect to the
 * enterprise with a flash message.
 */
@Controller
@Requires(Privilege.ENTERPRISE_VIEW)
class MeasurePageController {

	private final ServicePlans plans;

	MeasurePageController(ServicePlans plans) {
		this.plans = plans;
	}

	@GetMapping("/enterprises/{id}/plan")
	String section(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			Htmx htmx, Model model) {
		model.addAttribute("measureForm", new EnterpriseForms.Measure());
		page(actor, id, model);
		return htmx.view("enterprises/plan", "plan");
	}

	@PostMapping("/enterprises/{id}/measures")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String add(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("measureForm") EnterpriseForms.Measure form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			plans.add(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("flash", "measure.flash.added");
		return "redirect:/enterprises/" + id;
	}

	@GetMapping("/enterprises/measures/{measureId}/edit")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long measureId, Model model) {
		Views.Measure measure = plans.measure(actor, measureId);
		model.addAttribute("measure", measure);
		model.addAttribute("measureForm", EnterpriseForms.Measure.of(measure));
		return editPage(model);
	}

	@PostMapping("/enterprises/measures/{measureId}/edit")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long measureId,
			@ModelAttribute("measureForm") EnterpriseForms.Measure form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Views.Measure measure = plans.measure(actor, measureId);
		try {
			plans.edit(actor, measureId, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			model.addAttribute("measure", measure);
			return editPage(model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("measure.stale", "measure.stale");
			model.addAttribute("measure", measure);
			return editPage(model);
		}
		redirect.addFlashAttribute("flash", "measure.flash.saved");
		return "redirect:/enterprises/" + measure.enterpriseId();
	}

	@PostMapping("/enterprises/measures/{measureId}/done")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String done(@AuthenticationPrincipal Actor actor, @PathVariable long measureId,
			@RequestParam(required = false) String resultNote, @RequestParam(required = false) String doneOn, Model model,
			RedirectAttributes redirect) {
		Views.Measure measure = plans.measure(actor, measureId);
		try {
			plans.complete(actor, measureId, resultNote, doneOn);
		}
		catch (Rejection rejection) {
			model.addAttribute("measureForm", new EnterpriseForms.Measure());
			model.addAttribute("doneProblem", rejection.problems().get(0));
			model.addAttribute("doneMeasure", measureId);
			return page(actor, measure.enterpriseId(), model);
		}
		redirect.addFlashAttribute("flash", "measure.flash.done");
		return "redirect:/enterprises/" + measure.enterpriseId();
	}

	@PostMapping("/enterprises/measures/{measureId}/delete")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String remove(@AuthenticationPrincipal Actor actor, @PathVariable long measureId, RedirectAttributes redirect) {
		long enterpriseId = plans.remove(actor, measureId);
		redirect.addFlashAttribute("flash", "measure.flash.removed");
		return "redirect:/enterprises/" + enterpriseId;
	}

	private String page(Actor actor, long enterpriseId, Model model) {
		model.addAttribute("plan", plans.of(actor, enterpriseId));
		model.addAttribute("canManage", actor.can(Privilege.ENTERPRISE_MANAGE));
		model.addAttribute("statuses", MeasureStatus.values());
		return "enterprises/plan";
	}

	private String editPage(Model model) {
		model.addAttribute("statuses", MeasureStatus.values());
		return "enterprises/measure-edit";
	}

}
