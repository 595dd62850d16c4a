package org.tongxin.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.identity.internal.ApiTokens;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.shared.domain.Rejection;

/** The user's own API tokens: issue (the value is shown once), list, revoke. */
@Controller
class TokenPagesController {

	private final ApiTokens apiTokens;

	private final java.time.Clock clock;

	TokenPagesController(ApiTokens apiTokens, java.time.Clock clock) {
		this.apiTokens = apiTokens;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String tokens(@AuthenticationPrincipal TongxinPrincipal principal, Model model) {
		model.addAttribute("tokens", apiTokens.of(principal.userId()));
		model.addAttribute("now", clock.instant());
		return "identity/tokens";
	}

	/** Post, redirect, get: a reload of the page must not issue a second token. */
	@PostMapping("/account/tokens")
	String issue(@AuthenticationPrincipal TongxinPrincipal principal, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Integer validityDays, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issued", apiTokens.issue(principal.userId(), name, validityDays, principal.userId()));
		}
		catch (Rejection rejection) {
			redirect.addFlashAttribute("rejection", rejection.problems().get(0));
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal TongxinPrincipal principal, @PathVariable long id, RedirectAttributes redirect) {
		apiTokens.revoke(id, principal);
		redirect.addFlashAttribute("flash", "token.revoked");
		return "redirect:/account/tokens";
	}

}
