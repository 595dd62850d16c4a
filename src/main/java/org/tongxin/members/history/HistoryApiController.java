package org.tongxin.members.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** A person's change history for other systems; the same rules as the page (scope, masks, audit). */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Member history", description = "A person's change history (变更记录).")
class HistoryApiController {

	private final MemberHistory history;

	HistoryApiController(MemberHistory history) {
		this.history = history;
	}

	@Operation(summary = "A person's changes, newest first", description = """
			MEMBER_VIEW; 20 a page (`page` from 0). Each change: who (`actorUserId`, `actorName`), when (`at`),
			through what (`source`: FORM, API, IMPORT, SELF_SERVICE, DEMO), `field`, `before`, `after`. Sensitive
			values are kept encrypted and shown masked (`masked: true`) without MEMBER_SENSITIVE_VIEW; an unmasked
			view is audited. Without it a `birthDate` change shows only the years (`1975`), as everywhere else. A person outside the caller's data scope is a 404, as an unknown id.
			""")
	@GetMapping("/{id}/history")
	HistoryPage list(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page) {
		return history.of(actor, id, page, MemberHistory.PAGE_SIZE);
	}

}
