package org.tongxin.identity.web;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.identity.internal.Role;
import org.tongxin.identity.internal.UnitChoices;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserAdministration;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FilteredList;
import org.tongxin.shared.web.FormErrors;
import org.tongxin.shared.web.Htmx;

/**
 * The user list (one endpoint: the whole page, or only the results for htmx filter requests) and
 * the new-user form.
 */
@Controller
@RequestMapping("/admin/users")
@Requires(Privilege.USER_VIEW)
class UserListController {

	private final UserAdministration administration;

	private final UnitChoices units;

	private final Clock clock;

	UserListController(UserAdministration administration, UnitChoices units, Clock clock) {
		this.administration = administration;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, @ModelAttribute("filter") UserFilterForm filter,
			BindingResult binding, Htmx htmx, Model model) {
		Page<UserAccount> page = FilteredList.page(filter, binding, "user.filter.invalid", model, Page.empty(),
				(number, size) -> administration.search(actor, filter.toFilter(), number, size));
		model.addAttribute("page", page);
		model.addAttribute("filterOob", htmx.wantsFragment());
		model.addAttribute("units", units.byIds(page.getContent().stream().map(UserAccount::getHomeUnitId).toList()));
		model.addAttribute("listUrl", filter.listUrl(true));
		model.addAttribute("sortUrl", filter.listUrl(false));
		model.addAttribute("now", clock.instant());
		model.addAttribute("canManage", actor.can(Privilege.USER_MANAGE));
		if (htmx.wantsFragment()) {
			return "identity/admin/users :: results";
		}
		model.addAttribute("roles", administration.roles());
		return "identity/admin/users";
	}

	@GetMapping("/new")
	@Requires(Privilege.USER_MANAGE)
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("form", new UserCreateForm());
		return form(actor, model);
	}

	@PostMapping
	@Requires(Privilege.USER_MANAGE)
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") UserCreateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		UserAccount user;
		try {
			user = administration.create(actor, form.toNewUser());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return form(actor, model);
		}
		redirect.addFlashAttribute("flash", "user.flash.created");
		return "redirect:/admin/users/" + user.getId();
	}

	private String form(Actor actor, Model model) {
		List<Role> roles = administration.roles();
		model.addAttribute("roles", roles);
		model.addAttribute("grantable", roles.stream().filter(r -> UserAdministration.canGrant(actor, r)).map(Role::getCode).toList());
		return "identity/admin/user-new";
	}

}
