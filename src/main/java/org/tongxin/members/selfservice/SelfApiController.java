package org.tongxin.members.selfservice;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.members.MemberDetail;
import org.tongxin.shared.security.Actor;

/** A member's own profile for apps: the same rules as the page; 404 for a user without a linked profile. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My profile", description = "A member's own profile and corrections (the caller's login linked to a person; 404 otherwise).")
class SelfApiController {

	private final SelfProfile profiles;

	SelfApiController(SelfProfile profiles) {
		this.profiles = profiles;
	}

	/** A correction request: changes (field → value; empty clears) of phone, education, workUnit, post, expertise, awards. */
	record CorrectionRequest(Map<String, String> changes, String reason) {
	}

	@Operation(summary = "The caller's own profile", description = """
			Their phone shown, the ID number masked. 404 for a user without a linked person.
			""")
	@GetMapping("/profile")
	MemberDetail profile(@AuthenticationPrincipal Actor actor) {
		return profiles.own(actor).profile();
	}

	@Operation(summary = "Ask for a correction of the caller's profile", description = """
			Body: `changes` (field → new value; empty clears) of `phone`, `education`, `workUnit`, `post`,
			`expertise`, `awards`, and `reason` (required, ≤ 500), e.g.
			`{"changes":{"phone":"13800000000"},"reason":"换了手机号"}`. Staff review it before it takes effect;
			the proposed phone is stored encrypted. 201. 400 naming the field: a field that is not correctable
			(unit, categories, ID number, ethnicity, affiliation and religion stay with the department), nothing
			changed, no reason, or an open request already waiting (one at a time).
			""")
	@PostMapping({ "/profile", "/corrections" })
	@ResponseStatus(HttpStatus.CREATED)
	CorrectionView request(@AuthenticationPrincipal Actor actor, @RequestBody CorrectionRequest request) {
		return profiles.request(actor, request.changes() == null ? Map.of() : request.changes(), request.reason());
	}

	@Operation(summary = "The caller's correction requests", description = """
			Newest first, with status (PENDING, APPROVED, REJECTED, WITHDRAWN) and the reviewer's reason.
			""")
	@GetMapping("/corrections")
	List<CorrectionView> corrections(@AuthenticationPrincipal Actor actor) {
		return profiles.own(actor).corrections();
	}

	@Operation(summary = "Withdraw one of the caller's open requests", description = """
			204. 404 for a request that is not the caller's; 400 when it was already decided.
			""")
	@PostMapping("/corrections/{id}/withdraw")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		profiles.withdraw(actor, id);
	}

}
