package org.tongxin.demands.sla;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/**
 * {@code /admin/demand-categories}: the categories with their time limits and the form to add one;
 * {@code /admin/demand-categories/{id}}: the form to change one, and deactivate or reactivate it.
 * Forms redirect with a flash message, or come back with their errors next to the fields (a stale
 * version as an error at the top).
 */
@Controller
@RequestMapping("/admin/demand-categories")
@Requires(Privilege.DEMAND_CATEGORY_MANAGE)
class CategoryPageController {

	private static final String LIST = "demands/sla/categories";

	private static final String EDIT = "demands/sla/category";

	private final CategoryAdministration administration;

	CategoryPageController(CategoryAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new CategoryForm());
		return list(model, true);
	}

	@PostMapping
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") CategoryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			ManagedCategory created = administration.create(actor, form.input());
			redirect.addFlashAttribute("flash", "demand.category.flash.created");
			return "redirect:/admin/demand-categories";
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return list(model, false);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ManagedCategory category = administration.get(id);
		model.addAttribute("form", CategoryForm.of(category));
		return edit(category, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") CategoryForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ManagedCategory category = administration.get(id);
		try {
			administration.update(actor, id, form.getVersion(), form.input(), null);
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return edit(category, model);
		}
		catch (OptimisticLockingFailureException stale) {
			binding.reject("demand.category.stale", "demand.category.stale");
			return edit(category, model);
		}
		redirect.addFlashAttribute("flash", "demand.category.flash.saved");
		return "redirect:/admin/demand-categories";
	}

	/** Deactivates ({@code active=false}) or reactivates a category at the version shown. */
	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		// optional, so that the privilege is checked (403) before the request's shape (400)
		if (active == null || version == null) {
			throw new Rejection(active == null ? "active" : "version", "demand.category.param.required");
		}
		administration.setActive(actor, id, version, active);
		redirect.addFlashAttribute("flash", active ? "demand.category.flash.reactivated" : "demand.category.flash.deactivated");
		return "redirect:/admin/demand-categories";
	}

	private String list(Model model, boolean fresh) {
		model.addAttribute("categories", administration.list());
		model.addAttribute("addOpen", !fresh);
		limits(model);
		return LIST;
	}

	private String edit(ManagedCategory category, Model model) {
		model.addAttribute("category", category);
		limits(model);
		return EDIT;
	}

	private static void limits(Model model) {
		model.addAttribute("acceptMax", CategoryRules.ACCEPT_MAX);
		model.addAttribute("answerMax", CategoryRules.ANSWER_MAX);
		model.addAttribute("warnMax", CategoryRules.WARN_MAX);
		model.addAttribute("sortMax", CategoryRules.SORT_MAX);
		model.addAttribute("nameZhMax", CategoryRules.NAME_ZH_MAX);
		model.addAttribute("nameEnMax", CategoryRules.NAME_EN_MAX);
	}

}
