package org.tongxin.demands.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongxin.demands.internal.CaseInbox;
import org.tongxin.shared.security.Actor;

/**
 * What waits for the user (我的待办), queue by queue, and the count in the header's badge, which
 * every page loads on its own (htmx) so that no page pays for it in its own statements.
 */
@Controller
@RequestMapping("/demands/inbox")
class InboxPageController {

	private final CaseInbox inbox;

	InboxPageController(CaseInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		CaseInbox.Waiting waiting = inbox.waiting(actor, locale);
		model.addAttribute("counts", waiting.counts());
		model.addAttribute("queues", waiting.queues());
		model.addAttribute("shown", CaseInbox.QUEUE_ROWS);
		return "demands/inbox";
	}

	@GetMapping("/badge")
	String badge(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("waiting", inbox.waiting(actor));
		return "demands/inbox :: badge";
	}

}
