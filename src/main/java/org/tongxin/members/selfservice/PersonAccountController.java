package org.tongxin.members.selfservice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.Htmx;

/**
 * A person's login on their page: the section the detail page loads (htmx; without htmx a page
 * of its own), opening an account (the answer shows the initial password once, and is not a
 * redirect, so the password never passes through the session), disabling and enabling it.
 */
@Controller
@Requires(Privilege.MEMBER_MANAGE)
class PersonAccountController {

	private final PersonAccounts accounts;

	PersonAccountController(PersonAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/members/{id}/account")
	String section(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			Htmx htmx, Model model) {
		model.addAttribute("account", accounts.status(actor, id));
		return htmx.view("members/account", "account");
	}

	@PostMapping("/members/{id}/account")
	String open(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String username, Model model) {
		try {
			model.addAttribute("opened", accounts.open(actor, id, username));
		}
		catch (Rejection rejection) {
			model.addAttribute("problem", rejection.problems().get(0));
			model.addAttribute("username", username);
		}
		model.addAttribute("account", accounts.status(actor, id));
		return "members/account";
	}

	@PostMapping("/members/{id}/account/disable")
	String disable(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		accounts.setEnabled(actor, id, false);
		redirect.addFlashAttribute("flash", "account.flash.disabled");
		return "redirect:/members/" + id;
	}

	@PostMapping("/members/{id}/account/enable")
	String enable(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		accounts.setEnabled(actor, id, true);
		redirect.addFlashAttribute("flash", "account.flash.enabled");
		return "redirect:/members/" + id;
	}

}
