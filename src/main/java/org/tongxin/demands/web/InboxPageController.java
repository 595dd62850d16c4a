package org.tongxin.demands.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongxin.demands.CaseRow;
import org.tongxin.demands.Queue;
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
		Map<Queue, Long> counts = inbox.counts(actor);
		Map<Queue, List<CaseRow>> queues = new EnumMap<>(Queue.class);
		for (Queue q : Queue.values()) {
			if (counts.get(q) > 0) {
				queues.put(q, inbox.queue(actor, q, locale));
			}
		}
		model.addAttribute("counts", counts);
		model.addAttribute("queues", queues);
		model.addAttribute("shown", CaseInbox.QUEUE_ROWS);
		return "demands/inbox";
	}

	@GetMapping("/badge")
	String badge(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("waiting", inbox.waiting(actor));
		return "demands/inbox :: badge";
	}

}
