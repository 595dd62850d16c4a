package org.tongxin.identity.web;

import java.util.List;
import java.util.Map;

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
import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.RoleAdministration;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/** Roles: the list with counts, the new-role form and the edit form. */
@Controller
@RequestMapping("/admin/roles")
@Requires(Privilege.ROLE_MANAGE)
class RolePagesController {

	private final RoleAdministration administration;

	RolePagesController(RoleAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("roles", administration.list());
		return "identity/admin/roles";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new RoleForm());
		return form(null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") RoleForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(null, model);
		}
		try {
			Role role = administration.create(actor, form.toDraft());
			redirect.addFlashAttribute("flash", "role.flash.created");
			return "redirect:/admin/roles/" + role.getId();
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return form(null, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Role role = administration.get(id);
		model.addAttribute("form", RoleForm.of(role));
		return form(role, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") RoleForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Role role = administration.get(id);
		if (binding.hasErrors()) {
			return form(role, model);
		}
		try {
			administration.edit(actor, id, form.toDraft());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return form(role, model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("role.stale", "role.stale");
			return form(role, model);
		}
		redirect.addFlashAttribute("flash", "role.flash.saved");
		return "redirect:/admin/roles/" + id;
	}

	private static String form(Role role, Model model) {
		model.addAttribute("role", role);
		model.addAttribute("scopes", DataScope.values());
		model.addAttribute("privilegeGroups", PrivilegeGroups.all());
		return "identity/admin/role";
	}

	/** Privileges by area of the product, for the checkbox groups of the role form. */
	static final class PrivilegeGroups {

		private PrivilegeGroups() {
		}

		static Map<String, List<Privilege>> all() {
			Map<String, List<Privilege>> groups = new java.util.LinkedHashMap<>();
			for (Privilege p : Privilege.values()) {
				groups.computeIfAbsent(group(p), g -> new java.util.ArrayList<>()).add(p);
			}
			return groups;
		}

		private static String group(Privilege p) {
			String area = p.name().substring(0, p.name().indexOf('_') < 0 ? p.name().length() : p.name().indexOf('_'));
			return switch (area) {
				case "UNIT", "DIVISION" -> "network";
				case "MEMBER" -> "members";
				case "ENTERPRISE" -> "enterprises";
				case "USER", "ROLE", "AUDIT", "CALENDAR" -> "system";
				default -> "other";
			};
		}

	}

}
