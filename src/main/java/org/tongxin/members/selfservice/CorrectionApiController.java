package org.tongxin.members.selfservice;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

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
class CorrectionApiController {

	private final CorrectionReview review;

	CorrectionApiController(CorrectionReview review) {
		this.review = review;
	}

	/** A decision's reason: optional on approval, required on rejection (the member reads it). */
	record Decision(String reason) {
	}

	@Operation(summary = "Pending corrections in the caller's scope, oldest first (phone values masked without MEMBER_SENSITIVE_VIEW)")
	@GetMapping
	List<CorrectionView> pending(@AuthenticationPrincipal Actor actor) {
		return review.pending(actor);
	}

	@Operation(summary = "Approve: the values take effect (400 naming the field when it changed since the request; "
			+ "409 when someone else decided first)")
	@PostMapping("/{id}/approve")
	Decided approve(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody(required = false) Decision decision) {
		review.approve(actor, id, decision == null ? null : decision.reason());
		return new Decided(id, CorrectionStatus.APPROVED);
	}

	@Operation(summary = "Reject with a reason the member will read")
	@PostMapping("/{id}/reject")
	Decided reject(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody(required = false) Decision decision) {
		review.reject(actor, id, decision == null ? null : decision.reason());
		return new Decided(id, CorrectionStatus.REJECTED);
	}

	record Decided(long id, CorrectionStatus status) {
	}

}
