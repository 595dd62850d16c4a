package org.tongxin.identity.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

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
class UserApiController {

	private final UserAdministration administration;

	private final UserViews views;

	UserApiController(UserAdministration administration, UserViews views) {
		this.administration = administration;
		this.views = views;
	}

	@Operation(summary = "List users in the caller's scope: q (user name or name), unit (code: its subtree), role (code), "
			+ "status (enabled|disabled|locked), sort (username|displayName|createdAt|updatedAt), dir (asc|desc)")
	@GetMapping
	PageView<UserView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String role,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		UserFilter filter = new UserFilter(q, unit, role, status, sort, dir);
		return views.page(administration.search(actor, filter, page, size), locale);
	}

	@GetMapping("/{id}")
	UserView get(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.get(actor, id), locale);
	}

	@Operation(summary = "Create a user; the initial password must be changed at first login")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@AuthenticationPrincipal Actor actor, @RequestBody CreateUserRequest request, Locale locale) {
		NewUser user = new NewUser(request.username(), request.displayName(), request.homeUnitCode(), request.roles(),
				request.password());
		return views.of(administration.create(actor, user), locale);
	}

	@Operation(summary = "Change name, home unit or roles; absent fields stay; version is required (409 when stale)")
	@PatchMapping("/{id}")
	UserView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody UpdateUserRequest request,
			Locale locale) {
		UserChanges changes = new UserChanges(request.displayName(), request.homeUnitCode(), request.roles(),
				request.version());
		return views.of(administration.edit(actor, id, changes), locale);
	}

	@PostMapping("/{id}/disable")
	UserView disable(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.disable(actor, id), locale);
	}

	@PostMapping("/{id}/enable")
	UserView enable(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.enable(actor, id), locale);
	}

	@PostMapping("/{id}/unlock")
	UserView unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, Locale locale) {
		return views.of(administration.unlock(actor, id), locale);
	}

	@Operation(summary = "Set a temporary password, to be changed at the next login")
	@PostMapping("/{id}/reset-password")
	UserView resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody PasswordRequest request, Locale locale) {
		return views.of(administration.resetPassword(actor, id, request.password()), locale);
	}

}
