package org.tongxin.members.selfservice;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.shared.security.Actor;

/** Staff review of members' corrections for other systems; the same rules as the page (MEMBER_MANAGE, scope, audit). */
@RestController
@RequestMapping("/api/v1/members/corrections")
@Tag(name = "Member corrections", description = "Review of the corrections members ask for on their own profile (MEMBER_MANAGE, within the reviewer's scope).")
class CorrectionApiController {

	private final CorrectionReview review;

	CorrectionApiController(CorrectionReview review) {
		this.review = review;
	}

	/** A decision's reason: optional on approval, required on rejection (the member reads it). */
	record Decision(String reason) {
	}

	@Operation(summary = "Pending corrections in the caller's scope, oldest first", description = """
			MEMBER_MANAGE. Each with the current and the proposed values and the member's reason; phone values
			masked without MEMBER_SENSITIVE_VIEW.
			""")
	@GetMapping
	List<CorrectionView> pending(@AuthenticationPrincipal Actor actor) {
		return review.pending(actor);
	}

	@Operation(summary = "Approve a correction", description = """
			MEMBER_MANAGE. Optional body `reason`. The values take effect through the registry's rules (the
			history marks them SELF_SERVICE). 400 naming the field when someone else changed it since the request
			(reject it and let the member ask again); 409 when another reviewer decided first.
			""")
	@PostMapping("/{id}/approve")
	Decided approve(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody(required = false) Decision decision) {
		review.approve(actor, id, decision == null ? null : decision.reason());
		return new Decided(id, CorrectionStatus.APPROVED);
	}

	@Operation(summary = "Reject a correction", description = """
			MEMBER_MANAGE. Body: `reason` (required; the member reads it). 409 when another reviewer decided first.
			""")
	@PostMapping("/{id}/reject")
	Decided reject(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody(required = false) Decision decision) {
		review.reject(actor, id, decision == null ? null : decision.reason());
		return new Decided(id, CorrectionStatus.REJECTED);
	}

	record Decided(long id, CorrectionStatus status) {
	}

}
