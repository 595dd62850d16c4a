package org.tongxin.identity.web;

import java.time.Clock;
import java.util.List;

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
import org.tongxin.identity.internal.UnitChoices;
import org.tongxin.identity.internal.UserAccount;
import org.tongxin.identity.internal.UserAdministration;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.FormErrors;

/** One account: what it is, the edit form, and the actions (disable, enable, unlock, reset password). */
@Controller
@RequestMapping("/admin/users/{id}")
@Requires(Privilege.USER_VIEW)
class UserDetailController {

	private final UserAdministration administration;

	private final UnitChoices units;

	private final Clock clock;

	UserDetailController(UserAdministration administration, UnitChoices units, Clock clock) {
		this.administration = administration;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		return render(actor, administration.get(actor, id), model);
	}

	@PostMapping
	@Requires(Privilege.USER_MANAGE)
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") UserEditForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			administration.edit(actor, id, form.toChanges());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return render(actor, administration.get(actor, id), model);
		}
		catch (ObjectOptimisticLockingFailureException stale) {
			binding.reject("user.stale", "user.stale");
			return render(actor, administration.get(actor, id), model);
		}
		redirect.addFlashAttribute("flash", "user.flash.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/disable")
	@Requires(Privilege.USER_MANAGE)
	String disable(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(actor, id, administration::disable, "user.flash.disabled", redirect);
	}

	@PostMapping("/enable")
	@Requires(Privilege.USER_MANAGE)
	String enable(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(actor, id, administration::enable, "user.flash.enabled", redirect);
	}

	@PostMapping("/unlock")
	@Requires(Privilege.USER_MANAGE)
	String unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(actor, id, administration::unlock, "user.flash.unlocked", redirect);
	}

	@PostMapping("/reset-password")
	@Requires(Privilege.USER_MANAGE)
	String resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@ModelAttribute("resetForm") ResetPasswordForm resetForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			administration.resetPassword(actor, id, resetForm.getPassword());
		}
		catch (Rejection rejection) {
			FormErrors.bind(rejection, binding);
			return render(actor, administration.get(actor, id), model);
		}
		redirect.addFlashAttribute("flash", "user.flash.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	private String act(Actor actor, long id, Action action, String done, RedirectAttributes redirect) {
		try {
			action.apply(actor, id);
			redirect.addFlashAttribute("flash", done);
		}
		catch (Rejection rejection) {
			redirect.addFlashAttribute("flashError", rejection.problems().get(0).code());
		}
		return "redirect:/admin/users/" + id;
	}

	/** The detail page; forms already in the model (with their errors) are kept. */
	private String render(Actor actor, UserAccount user, Model model) {
		UnitSummary unit = units.find(user.getHomeUnitId()).orElse(null);
		List<Role> roles = administration.roles();
		model.addAttribute("user", user);
		model.addAttribute("unit", unit);
		model.addAttribute("now", clock.instant());
		model.addAttribute("locked", user.isLockedAt(clock.instant()));
		model.addAttribute("roles", roles);
		model.addAttribute("grantable", roles.stream().filter(r -> UserAdministration.canGrant(actor, r)).map(Role::getCode).toList());
		model.addAttribute("canManage", actor.can(Privilege.USER_MANAGE));
		model.addAttribute("canAudit", actor.can(Privilege.AUDIT_VIEW));
		model.addAttribute("self", user.getId() == actor.userId());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UserEditForm.of(user, unit == null ? "" : UnitPicker.label(unit)));
		}
		if (!model.containsAttribute("resetForm")) {
			model.addAttribute("resetForm", new ResetPasswordForm());
		}
		return "identity/admin/user";
	}

	@FunctionalInterface
	interface Action {

		UserAccount apply(Actor actor, long id);

	}

}
