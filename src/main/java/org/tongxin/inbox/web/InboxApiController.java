package org.tongxin.inbox.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.inbox.Inbox;
import org.tongxin.inbox.InboxEntry;
import org.tongxin.shared.security.Actor;

/** The caller's waiting work, as the inbox page lists it, for scripts and mobile clients. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "我的待办: the caller's waiting work from every module, most urgent first.")
class InboxApiController {

	private final Inbox inbox;

	InboxApiController(Inbox inbox) {
		this.inbox = inbox;
	}

	/** One item: where it comes from, what is to be done on which record, by when, and its light. */
	record Item(String module, String type, String kind, long recordId, String number, String title, String link,
			LocalDate deadline, String light) {

		static Item of(InboxEntry e) {
			return new Item(e.module(), e.type(), e.kind(), e.recordId(), e.number(), e.title(), e.link(), e.deadline(),
					e.light().name());
		}

	}

	record Answer(long total, int page, int size, List<Item> items) {
	}

	@Operation(summary = "The caller's waiting work", description = """
			Any signed-in user. What is the caller's to do now, and their units' (by privilege and data
			scope): deadline first (none last), then the oldest. `module` (demands, proposals, members; absent
			or not a module name: all), `page` from 0, `size` 1–100 (default 50; held within those bounds).
			Each item: `module`, record `type` and `recordId`, `kind` (what is to be done, a message code such
			as demand.waiting.accept or proposal.waiting.coOpinion), `number`, `title`, `link` (its page),
			`deadline` (or null) and `light` (NONE without a deadline, GREEN, YELLOW, RED, OVERDUE). `total` counts
			every item. The inbox follows each step after it commits: a step's work shows within moments.
			""")
	@GetMapping
	Answer inbox(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String module,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Inbox.Page found = inbox.page(actor, ModuleName.valid(module), page, size);
		return new Answer(found.total(), found.page(), found.size(), found.entries().stream().map(Item::of).toList());
	}

}
