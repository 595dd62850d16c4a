package org.tongxin.members.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.members.internal.LiaisonPicker;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The suggestions of the person form's liaison field, as the unit field has its own: while the
 * user types, htmx asks here and fills the datalist with the users the actor may name (the same
 * rule the save applies, {@link LiaisonPicker}), never anyone else.
 */
@Controller
@Requires(Privilege.MEMBER_MANAGE)
class LiaisonSuggestController {

	private static final int LIMIT = 20;

	private final LiaisonPicker liaisons;

	LiaisonSuggestController(LiaisonPicker liaisons) {
		this.liaisons = liaisons;
	}

	/** htmx sends the field's value as {@code liaison}; {@code q} serves other callers. */
	@GetMapping("/members/liaisons/suggest")
	String suggest(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String liaison, Model model) {
		model.addAttribute("users", liaisons.suggest(actor, q != null ? q : liaison, LIMIT));
		return "members/form :: liaisonOptions";
	}

}
