package org.tongxin.identity.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongxin.identity.LandingPage;
import org.tongxin.identity.internal.TongxinPrincipal;
import org.tongxin.identity.internal.UserAccountRepository;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.figures.KeyFigures;

/**
 * The landing page of staff, officers and leaders: what waits for them (the inbox's section) and a
 * few figures of their scope from each module ({@link KeyFigures}), both loaded by the page with
 * htmx so that the page itself stays within its statement budget; then where they act and as what.
 * A member lands on their own page instead ({@link LandingPage}).
 */
@Controller
class HomeController {

	private final Units units;

	private final UserAccountRepository users;

	private final List<LandingPage> landings;

	private final List<KeyFigures> figures;

	private final Clock clock;

	HomeController(Units units, UserAccountRepository users, List<LandingPage> landings, List<KeyFigures> figures,
			Clock clock) {
		this.units = units;
		this.users = users;
		this.landings = landings;
		this.figures = figures.stream().sorted(Comparator.comparingInt(KeyFigures::order)).toList();
		this.clock = clock;
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


	/** The figures' card: a place for each module whose figures the user may see, each loaded on its own. */
	@GetMapping("/home/figures")
	String figures(@AuthenticationPrincipal TongxinPrincipal principal, Model model) {
		model.addAttribute("modules", figures.stream().filter(f -> f.shows(principal)).map(KeyFigures::module).toList());
		model.addAttribute("year", String.valueOf(OfficeTime.today(clock).getYear()));
		return "identity/home :: figures";
	}

	/** This year's key figures of one module, within the user's scope; 404 for a module that has none. */
	@GetMapping("/home/figures/{module}")
	String moduleFigures(@AuthenticationPrincipal TongxinPrincipal principal, @PathVariable String module,
			Model model) {
		KeyFigures source = figures.stream().filter(f -> f.module().equals(module) && f.shows(principal)).findFirst()
			.orElseThrow(() -> new NotFoundException("figures", module));
		model.addAttribute("figures", source.keyFigures(principal));
		return "identity/home :: moduleFigures";
	}

}
