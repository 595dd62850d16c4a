package org.tongxin.org.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The suggestions of every unit field ({@code fragments/unit-picker}): while the user types, htmx
 * asks here and fills the field's datalist. Each option's value is what the field then shows and
 * the server accepts ("name (code)"); its label names the kind and the unit above, so that two
 * villages of one name in two towns can be told apart. Open to whoever works on a page with a unit
 * field (not to members, who have none); the picker offers only units within the field's reach.
 */
@Controller
class UnitSuggestController {

	private static final int LIMIT = 20;

	/** The privileges of the pages that have a unit field. */
	private static final Set<Privilege> WITH_UNIT_FIELDS = EnumSet.of(Privilege.UNIT_VIEW, Privilege.USER_VIEW,
			Privilege.MEMBER_VIEW, Privilege.DEMAND_VIEW, Privilege.DEMAND_DISPATCH, Privilege.DEMAND_HANDLE,
			Privilege.ENTERPRISE_VIEW, Privilege.PROPOSAL_VIEW, Privilege.PROPOSAL_REVIEW, Privilege.DECISION_MANAGE);

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
		if (actor == null || WITH_UNIT_FIELDS.stream().noneMatch(actor::can)) {
			throw new AccessDeniedException("no page with a unit field");
		}
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
