package org.tongxin.members.selfservice;

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
import org.tongxin.shared.security.Actor;

/** A person's login for other systems; the same rules as the page (MEMBER_MANAGE within scope, audit). */
@RestController
@RequestMapping("/api/v1/members/{id}/account")
@Tag(name = "Member accounts", description = "A person's own login (role MEMBER), opened by staff (MEMBER_MANAGE within scope; audited).")
class PersonAccountApiController {

	private final PersonAccounts accounts;

	PersonAccountApiController(PersonAccounts accounts) {
		this.accounts = accounts;
	}

	record OpenRequest(String username) {
	}

	@Operation(summary = "The person's login", description = """
			MEMBER_MANAGE. Whether one is open, its user name and state; a user name suggested from the name's pinyin when none.
			""")
	@GetMapping
	PersonAccounts.Status status(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return accounts.status(actor, id);
	}

	@Operation(summary = "Open a login for the person", description = """
			MEMBER_MANAGE. Optional body `username` (3–64: lower-case letters, digits, `.`, `_`, `-`; default the
			suggestion). 201; the answer holds the initial password, shown this once, to be changed at first
			login. 400 when the person already has a login or the user name is taken.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PersonAccounts.Opened open(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody(required = false) OpenRequest request) {
		return accounts.open(actor, id, request == null ? null : request.username());
	}

	@Operation(summary = "Disable the person's login", description = """
			MEMBER_MANAGE. Their sessions end.
			""")
	@PostMapping("/disable")
	PersonAccounts.Status disable(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return accounts.setEnabled(actor, id, false);
	}

	@Operation(summary = "Enable the person's login again", description = """
			MEMBER_MANAGE.
			""")
	@PostMapping("/enable")
	PersonAccounts.Status enable(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return accounts.setEnabled(actor, id, true);
	}

}
