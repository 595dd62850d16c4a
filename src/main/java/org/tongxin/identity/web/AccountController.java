package org.tongxin.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.identity.internal.Passwords;
import org.tongxin.identity.internal.SecondFactor;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.Rejection;

/** The user's own account: who they are, where, with which roles; password change. */
@Controller
class AccountController {

	private final UserAccountRepository users;

	private final Units units;

	private final Passwords passwords;

	private final SecondFactor secondFactor;

	AccountController(UserAccountRepository users, Units units, Passwords passwords, SecondFactor secondFactor) {
		this.users = users;
		this.units = units;
		this.passwords = passwords;
		this.secondFactor = secondFactor;
	}


	@GetMapping("/account")
	String account(@AuthenticationPrincipal TongxinPrincipal principal, Model model, Locale locale) {
		var user = users.findById(principal.userId()).orElseThrow();
		model.addAttribute("user", user);
		model.addAttribute("lineage", units.lineage(user.getHomeUnitId()));
		model.addAttribute("roleNames", user.getRoles().stream().map(r -> r.name(locale)).sorted().toList());
		model.addAttribute("privileges", principal.privileges());
		model.addAttribute("totpEnrolled", secondFactor.isEnrolled(principal.userId()));
		return "identity/account";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model, HttpSession session) {
		model.addAttribute("form", new PasswordForm());
		model.addAttribute("required", session.getAttribute(SessionGuardFilter.PASSWORD_CHANGE_REQUIRED) != null);
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal TongxinPrincipal principal,
			@ModelAttribute("form") PasswordForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			passwords.change(principal.userId(), form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword());
		}
		catch (Rejection rejection) {
			rejection.problems().forEach(p -> binding.rejectValue(p.field(), p.code(), p.args(), p.code()));
			model.addAttribute("required", session.getAttribute(SessionGuardFilter.PASSWORD_CHANGE_REQUIRED) != null);
			return "identity/password";
		}
		session.removeAttribute(SessionGuardFilter.PASSWORD_CHANGE_REQUIRED);
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/account";
	}

}
