package org.tongxin.inbox.web;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.shared.web.Pager;
import org.tongxin.inbox.Inbox;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.Htmx;

/**
 * 我的待办: every piece of work that waits for the user and their units, from every workflow, the
 * nearest deadline first. Also the menu's count (loaded by each page on its own, so no page pays
 * for it in its statements) and a short section for the home page and a member's /me.
 */
@Controller
class InboxPageController {

	static final int SECTION_SIZE = 5;

	private final Inbox inbox;

	InboxPageController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/inbox")
	String inbox(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String module,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String jump, Htmx htmx, Model model) {
		String chosen = ModuleName.valid(module);
		Pager pager = Pager.of(page, jump, size).describe(model);
		model.addAttribute("module", chosen);
		model.addAttribute("page", pager.show((number, rows) -> {
			Inbox.Page found = inbox.page(actor, chosen, number, rows);
			return new PageImpl<>(found.entries(), PageRequest.of(found.page(), found.size()), found.total());
		}));
		model.addAttribute("listUrl", UriComponentsBuilder.fromPath("/inbox").queryParamIfPresent("module",
				java.util.Optional.ofNullable(chosen)).queryParam("size", pager.size()).build().toUriString());
		if (htmx.wantsFragment()) {
			return "inbox/inbox :: items";
		}
		model.addAttribute("modules", inbox.countsByModule(actor).keySet());
		return "inbox/inbox";
	}

	/** The old address of the demands-only inbox leads to the one inbox. */
	@GetMapping("/demands/inbox")
	String demandsInbox() {
		return "redirect:/inbox";
	}

	@GetMapping("/inbox/badge")
	String badge(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("waiting", inbox.count(actor));
		return "inbox/inbox :: badge";
	}

	/** The most urgent few, for the home page and a member's /me (loaded with htmx). */
	@GetMapping("/inbox/section")
	String section(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("inbox", inbox.page(actor, null, 0, SECTION_SIZE));
		return "inbox/inbox :: section";
	}

}
