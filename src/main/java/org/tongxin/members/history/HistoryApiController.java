package org.tongxin.members.history;

import io.swagger.v3.oas.annotations.Operation;

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
class HistoryApiController {

	private final MemberHistory history;

	HistoryApiController(MemberHistory history) {
		this.history = history;
	}

	@Operation(summary = "A person's changes, newest first, 20 a page: who (actorUserId, actorName), when (at), "
			+ "through what (source: FORM|API|IMPORT|SELF_SERVICE|DEMO), field, before, after; sensitive values are "
			+ "masked (masked: true) without MEMBER_SENSITIVE_VIEW, and an unmasked view is audited")
	@GetMapping("/{id}/history")
	HistoryPage list(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page) {
		return history.of(actor, id, page, MemberHistory.PAGE_SIZE);
	}

}
