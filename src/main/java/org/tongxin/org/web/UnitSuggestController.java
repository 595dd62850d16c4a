package org.tongxin.org.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;

/**
 * The suggestions of every unit field ({@code fragments/unit-picker}): while the user types, htmx
 * asks here and fills the field's datalist. Each option's value is what the field then shows and
 * the server accepts ("name (code)"); its label names the kind and the unit above, so that two
 * villages of one name in two towns can be told apart. Open to any signed-in user: the picker
 * offers only units within the field's reach for that user.
 */
@Controller
class UnitSuggestController {

	private static final int LIMIT = 20;

	private final UnitPicker picker;

	private final Units units;

	UnitSuggestController(UnitPicker picker, Units units) {
		this.picker = picker;
		this.units = units;
	}

	/**
	 * htmx sends the field's value under the field's own name ({@code field} says which); {@code q}
	 * serves other callers.
	 */
	@GetMapping("/units/suggest")
	String suggest(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String field, @RequestParam(required = false) String reach,
			HttpServletRequest request, Model model) {
		String text = q != null ? q : field == null || field.length() > 40 ? null : request.getParameter(field);
		List<UnitSummary> found = picker.suggest(actor, UnitPicker.Reach.parse(reach), text, LIMIT);
		List<Long> parentIds = found.stream().map(UnitSummary::parentId).filter(Objects::nonNull).distinct().toList();
		Map<Long, UnitSummary> parents = new HashMap<>();
		if (!parentIds.isEmpty()) {
			units.findAll(parentIds).forEach(parent -> parents.put(parent.id(), parent));
		}
		model.addAttribute("units", found);
		model.addAttribute("parents", parents);
		return "fragments/unit-picker :: options";
	}

}
