package org.tongxin.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.identity.internal.UnitChoices;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Options for the unit field of the user forms (htmx fills a datalist as the user types). Only
 * units within the actor's scope are offered; the form is validated again on the server.
 */
@Controller
@Requires(Privilege.USER_VIEW)
class UnitSearchController {

	private final UnitChoices units;

	UnitSearchController(UnitChoices units) {
		this.units = units;
	}

	/** {@code q}, or the value of the field itself (htmx sends the input under its own name). */
	@GetMapping("/admin/units/search")
	String search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String homeUnitCode, @RequestParam(required = false) String unit,
			Model model) {
		String text = q != null ? q : homeUnitCode != null ? homeUnitCode : unit;
		model.addAttribute("units", text == null || text.isBlank() ? java.util.List.of() : units.search(actor, text));
		return "identity/admin/unit-options :: options";
	}

}
