package org.tongxin.identity.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.identity.internal.NewUser;
import org.tongxin.identity.internal.UserAdministration;
import org.tongxin.identity.internal.UserChanges;
import org.tongxin.identity.internal.UserFilter;
import org.tongxin.identity.web.ApiViews.CreateUserRequest;
import org.tongxin.identity.web.ApiViews.PageView;
import org.tongxin.identity.web.ApiViews.PasswordRequest;
import org.tongxin.identity.web.ApiViews.UpdateUserRequest;
import org.tongxin.identity.web.ApiViews.UserView;
import org.tongxin.shared.security.Actor;

/** User accounts for other systems and scripts; the same rules as the pages (privilege and scope). */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "User accounts in the caller's scope: USER_VIEW to read, USER_MANAGE to change.")
class UserApiController {

	private final UserAdministration administration;

	private final UserViews views;

	UserApiController(UserAdministration administration, UserViews views) {
		this.administration = administration;
		this.views = views;
	}

	@Operation(summary = "List users in the caller's scope", description = """
			USER_VIEW. Filters: `q` (user name or display name contains), `unit` (a unit code: its subtree),
			`role` (role code), `status` (`enabled`, `disabled` or `locked`), `sort` (`username`, `displayName`,
			`createdAt`, `updatedAt`) and `dir` (`asc`, `desc`); `page` from 0, `size` 1–100 (default 20).
			A bad filter is 400 naming it.
			""")
	@GetMapping
	PageView<UserView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String role,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		UserFilter filter = new UserFilter(q, unit, role, status, sort, dir);
		return views.page(administration.search(actor, filter, page, size), locale);
	}

	@Operation(summary = "One user", description = """
			USER_VIEW. 404 when the user does not exist or their home unit is outside the caller's scope.
			""")
	@GetMapping("/{id}")
	UserView get(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.get(actor, id), locale);
	}

	@Operation(summary = "Create a user", description = """
			USER_MANAGE. Body: `username` (3–64 characters: lower-case letters, digits, `.`, `_`, `-`; never
			changes), `displayName`, `homeUnitCode` (a unit in the caller's scope), `roles` (role codes, at least
			one) and `password`, a temporary password the user must change at first login (≥ 8 characters,
			3 of upper case, lower case, digits and symbols, not containing the user name). 201.

			400 naming the field: user name taken or malformed, unknown unit or role, weak password, or a role
			the caller may not grant (one with a privilege the caller lacks or a wider data scope).
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@AuthenticationPrincipal Actor actor, @RequestBody CreateUserRequest request, Locale locale) {
		NewUser user = new NewUser(request.username(), request.displayName(), request.homeUnitCode(), request.roles(),
				request.password());
		return views.of(administration.create(actor, user), locale);
	}

	@Operation(summary = "Change a user's name, home unit or roles", description = """
			USER_MANAGE. Body: `displayName`, `homeUnitCode`, `roles` (absent fields stay) and `version`, the
			version read with GET (required). 409 when the user changed since; 400 naming the field for the rules
			of create, and when the caller would remove their own USER_MANAGE. A change of roles or home unit
			revokes every API token of the user (audited as TOKENS_REVOKED).
			""")
	@PatchMapping("/{id}")
	UserView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody UpdateUserRequest request,
			Locale locale) {
		UserChanges changes = new UserChanges(request.displayName(), request.homeUnitCode(), request.roles(),
				request.version());
		return views.of(administration.edit(actor, id, changes), locale);
	}

	@Operation(summary = "Disable a user", description = """
			USER_MANAGE. The user's sessions end at once and every API token of theirs is revoked. The
			caller cannot disable their own account (400).
			""")
	@PostMapping("/{id}/disable")
	UserView disable(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.disable(actor, id), locale);
	}

	@Operation(summary = "Enable a disabled user", description = """
			USER_MANAGE.
			""")
	@PostMapping("/{id}/enable")
	UserView enable(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.enable(actor, id), locale);
	}

	@Operation(summary = "Unlock a user locked out by failed logins", description = """
			USER_MANAGE. Clears the lockout and the failure count.
			""")
	@PostMapping("/{id}/unlock")
	UserView unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.unlock(actor, id), locale);
	}

	@Operation(summary = "Set a temporary password", description = """
			USER_MANAGE. Body: `password` (the password rules of create). The user must change it at the next
			login; their sessions end and every API token of theirs is revoked. Until the password is changed,
			no token of theirs is accepted.
			""")
	@PostMapping("/{id}/reset-password")
	UserView resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody PasswordRequest request, Locale locale) {
		return views.of(administration.resetPassword(actor, id, request.password()), locale);
	}

}
