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
@Tag(name = "Inbox", description = "The caller's waiting work (我的待办) from every module, as the inbox page lists it.")
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
			What waits for the caller and their units, from every module, ordered by deadline: each item names
			its `module` and record `type`, the `kind` of work (a message code, e.g. `demand.waiting.accept`),
			the record's id, number and title, the `link` of the page where it is done, the `deadline` (null
			when no clock runs) and the `light` (NONE, GREEN, YELLOW, RED, OVERDUE). Filters: `module` (e.g. demands,
			proposals, members); `page` from 0, `size` (default 50).
			""")
	@GetMapping
	Answer inbox(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String module,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Inbox.Page found = inbox.page(actor, ModuleName.valid(module), page, size);
		return new Answer(found.total(), found.page(), found.size(), found.entries().stream().map(Item::of).toList());
	}

}
