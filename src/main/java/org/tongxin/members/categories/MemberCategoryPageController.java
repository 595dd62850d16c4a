package org.tongxin.members.categories;

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
import org.tongxin.shared.vocabulary.TermRules;
import org.tongxin.shared.web.FormErrors;

/**
 * {@code /admin/member-categories}: the categories (统战工作对象) with how many people have each, and
 * the form to add one; {@code /admin/member-categories/{code}}: the form to rename, reorder and keep
 * the synonyms of one, and to deactivate or reactivate it. Forms redirect with a flash message, or
 * come back with their errors next to the fields (a stale version as an error at the top).
 */
@Controller
@RequestMapping("/admin/member-categories")
@Requires(Privilege.MEMBER_CATEGORY_MANAGE)
class MemberCategoryPageController {

	private static final String LIST = "members/categories";

	private static final String EDIT = "members/category";

	private final MemberCategoryAdministration administration;

	MemberCategoryPageController(MemberCategoryAdministration administration) {
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
			administration.create(actor, form.input());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return list(model, false);
		}
		redirect.addFlashAttribute("flash", "member.category.flash.created");
		return "redirect:/admin/member-categories";
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		ManagedCategory category = administration.get(code);
		model.addAttribute("form", CategoryForm.of(category));
		return edit(category, model);
	}

	@PostMapping("/{code}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable String code, @ModelAttribute("form") CategoryForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ManagedCategory category = administration.get(code);
		try {
			administration.update(actor, category.code(), form.getVersion(), form.input(), null);
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return edit(category, model);
		}
		catch (OptimisticLockingFailureException stale) {
			binding.reject("member.category.stale", "member.category.stale");
			return edit(category, model);
		}
		redirect.addFlashAttribute("flash", "member.category.flash.saved");
		return "redirect:/admin/member-categories";
	}

	/** Deactivates ({@code active=false}) or reactivates a category at the version shown. */
	@PostMapping("/{code}/active")
	String setActive(@AuthenticationPrincipal Actor actor, @PathVariable String code,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		// optional, so that the privilege is checked (403) before the request's shape (400)
		if (active == null || version == null) {
			throw new Rejection(active == null ? "active" : "version", "member.category.param.required");
		}
		administration.setActive(actor, code, version, active);
		redirect.addFlashAttribute("flash", active ? "member.category.flash.reactivated" : "member.category.flash.deactivated");
		return "redirect:/admin/member-categories";
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
		model.addAttribute("sortMax", TermRules.SORT_MAX);
		model.addAttribute("nameZhMax", TermRules.NAME_ZH_MAX);
		model.addAttribute("nameEnMax", TermRules.NAME_EN_MAX);
	}

}
