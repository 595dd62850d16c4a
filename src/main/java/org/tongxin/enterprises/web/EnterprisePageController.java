package org.tongxin.enterprises.web;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.enterprises.internal.EnterpriseContacts;
import org.tongxin.enterprises.internal.EnterpriseRegistry;
import org.tongxin.enterprises.internal.EnterpriseStatus;
import org.tongxin.enterprises.internal.Views;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FilteredList;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * The enterprise list (the whole page, or only the results for htmx filter requests), the new and
 * edit forms, the detail page with its contacts (the service plan loads as a fragment), and
 * contact changes.
 */
@Controller
@RequestMapping("/enterprises")
@Requires(Privilege.ENTERPRISE_VIEW)
class EnterprisePageController {

	private final EnterpriseRegistry registry;

	private final EnterpriseContacts contacts;

	EnterprisePageController(EnterpriseRegistry registry, EnterpriseContacts contacts) {
		this.registry = registry;
		this.contacts = contacts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") EnterpriseForms.Filter filter,
			BindingResult binding, Htmx htmx, Model model) {
		Page<Views.Row> page = FilteredList.page(filter, binding, "enterprise.filter.invalid", model, Page.empty(),
				(number, size) -> registry.page(actor, filter.toFilter(), number, size));
		model.addAttribute("page", page);
		model.addAttribute("filterOob", htmx.wantsFragment());
		model.addAttribute("listUrl", filter.listUrl());
		model.addAttribute("canManage", actor.can(Privilege.ENTERPRISE_MANAGE));
		model.addAttribute("statuses", EnterpriseStatus.values());
		return htmx.wantsFragment() ? "enterprises/list :: results" : "enterprises/list";
	}

	@GetMapping("/new")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String newForm(Model model) {
		model.addAttribute("form", new EnterpriseForms.Enterprise());
		return form(model, "enterprises/new");
	}

	@PostMapping
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") EnterpriseForms.Enterprise form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Views.Enterprise created;
		try {
			created = registry.create(actor, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return form(model, "enterprises/new");
		}
		redirect.addFlashAttribute("flash", "enterprise.flash.created");
		return "redirect:/enterprises/" + created.id();
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		EnterpriseRegistry.Detail detail = registry.detailWithContacts(actor, id);
		model.addAttribute("enterprise", detail.enterprise());
		model.addAttribute("contacts", detail.contacts());
		model.addAttribute("contactForm", new EnterpriseForms.Contact());
		return detailPage(actor, model);
	}

	@GetMapping("/{id}/edit")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		Views.Enterprise enterprise = registry.detail(actor, id);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("form", EnterpriseForms.Enterprise.of(enterprise));
		return form(model, "enterprises/edit");
	}

	@PostMapping("/{id}/edit")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("form") EnterpriseForms.Enterprise form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Views.Enterprise enterprise = registry.detail(actor, id);
		try {
			registry.edit(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			model.addAttribute("enterprise", enterprise);
			return form(model, "enterprises/edit");
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("enterprise.stale", "enterprise.stale");
			model.addAttribute("enterprise", enterprise);
			return form(model, "enterprises/edit");
		}
		redirect.addFlashAttribute("flash", "enterprise.flash.saved");
		return "redirect:/enterprises/" + id;
	}

	@PostMapping("/{id}/contacts")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String addContact(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("contactForm") EnterpriseForms.Contact form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Views.Enterprise enterprise = registry.detail(actor, id);
		try {
			contacts.add(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			model.addAttribute("enterprise", enterprise);
			model.addAttribute("contacts", contacts.of(actor, id));
			return detailPage(actor, model);
		}
		redirect.addFlashAttribute("flash", "contact.flash.added");
		return "redirect:/enterprises/" + id;
	}

	@PostMapping("/contacts/{contactId}/delete")
	@Requires(Privilege.ENTERPRISE_MANAGE)
	String removeContact(@AuthenticationPrincipal Actor actor, @PathVariable long contactId, RedirectAttributes redirect) {
		long enterpriseId = contacts.remove(actor, contactId);
		redirect.addFlashAttribute("flash", "contact.flash.removed");
		return "redirect:/enterprises/" + enterpriseId;
	}

	private String detailPage(Actor actor, Model model) {
		model.addAttribute("canManage", actor.can(Privilege.ENTERPRISE_MANAGE));
		model.addAttribute("phonesMasked", !actor.can(Privilege.MEMBER_SENSITIVE_VIEW));
		return "enterprises/detail";
	}

	private String form(Model model, String view) {
		model.addAttribute("statuses", EnterpriseStatus.values());
		return view;
	}

}
