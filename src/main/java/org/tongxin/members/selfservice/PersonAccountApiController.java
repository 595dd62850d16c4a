package org.tongxin.members.selfservice;

import io.swagger.v3.oas.annotations.Operation;

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
class PersonAccountApiController {

	private final PersonAccounts accounts;

	PersonAccountApiController(PersonAccounts accounts) {
		this.accounts = accounts;
	}

	record OpenRequest(String username) {
	}

	@Operation(summary = "The person's login: whether one is open, its user name and state; a suggested user name when none")
	@GetMapping
	PersonAccounts.Status status(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return accounts.status(actor, id);
	}

	@Operation(summary = "Open a login (role MEMBER) for the person; username optional (the suggestion). The answer holds "
			+ "the initial password, shown this once; it must be changed at first login")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PersonAccounts.Opened open(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody(required = false) OpenRequest request) {
		return accounts.open(actor, id, request == null ? null : request.username());
	}

	@Operation(summary = "Disable the person's login (their sessions end)")
	@PostMapping("/disable")
	PersonAccounts.Status disable(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return accounts.setEnabled(actor, id, false);
	}

	@Operation(summary = "Enable the person's login again")
	@PostMapping("/enable")
	PersonAccounts.Status enable(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return accounts.setEnabled(actor, id, true);
	}

}
