package org.tongxin.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongxin.identity.LandingPage;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.Units;

/**
 * The landing page: where the user acts and what they may do. Figures arrive here with the
 * modules that produce them (registry, demands, proposals); none are shown before they exist.
 */
@Controller
class HomeController {

	private final Units units;

	private final UserAccountRepository users;

	private final List<LandingPage> landings;

	HomeController(Units units, UserAccountRepository users, List<LandingPage> landings) {
		this.units = units;
		this.users = users;
		this.landings = landings;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal TongxinPrincipal principal, Model model, Locale locale) {
		// a member's start is their own profile, not the office's home page
		Optional<String> elsewhere = landings.stream().flatMap(l -> l.landingFor(principal).stream()).findFirst();
		if (elsewhere.isPresent()) {
			return "redirect:" + elsewhere.get();
		}
		model.addAttribute("lineage", units.lineage(principal.homeUnitId()));
		model.addAttribute("scope", principal.scope());
		model.addAttribute("roleNames", users.findById(principal.userId()).orElseThrow().getRoles().stream()
			.map(r -> r.name(locale)).sorted().toList());
		return "identity/home";
	}

}
