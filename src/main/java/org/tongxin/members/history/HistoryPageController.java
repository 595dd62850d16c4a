package org.tongxin.members.history;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.shared.security.Actor;

/**
 * A person's change history: the section the detail page loads with htmx (the newest changes) and,
 * at the same address without htmx, a page of its own with older pages.
 */
@Controller
@PreAuthorize("hasAuthority('MEMBER_VIEW')")
class HistoryPageController {

	/** The detail page's section shows this many; the page of its own a full page. */
	static final int SECTION_SIZE = 10;

	private final MemberHistory history;

	HistoryPageController(MemberHistory history) {
		this.history = history;
	}

	@GetMapping("/members/{id}/history")
	String history(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		boolean section = htmx != null;
		model.addAttribute("history", history.of(actor, id, section ? 0 : page,
				section ? SECTION_SIZE : MemberHistory.PAGE_SIZE));
		model.addAttribute("section", section);
		return section ? "members/history :: history" : "members/history";
	}

}
