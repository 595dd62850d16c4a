package org.tongxin.members.history;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;
import org.tongxin.shared.web.Htmx;

/**
 * A person's change history: the section the detail page loads with htmx (the newest changes) and,
 * at the same address without htmx, a page of its own with older pages.
 */
@Controller
@Requires(Privilege.MEMBER_VIEW)
class HistoryPageController {

	/** The detail page's section shows this many; the page of its own a full page. */
	static final int SECTION_SIZE = 10;

	private final MemberHistory history;

	HistoryPageController(MemberHistory history) {
		this.history = history;
	}

	@GetMapping("/members/{id}/history")
	String history(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			Htmx htmx, Model model) {
		boolean section = htmx.request();
		model.addAttribute("history", history.of(actor, id, section ? 0 : page,
				section ? SECTION_SIZE : MemberHistory.PAGE_SIZE));
		model.addAttribute("section", section);
		return section ? "members/history :: history" : "members/history";
	}

}
