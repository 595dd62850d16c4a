package org.tongxin.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.identity.internal.RoleAdministration;
import org.tongxin.identity.internal.RoleDraft;
import org.tongxin.identity.web.ApiViews.RoleRequest;
import org.tongxin.identity.web.ApiViews.RoleView;
import org.tongxin.shared.security.Actor;

/** Roles and their privileges (ROLE_MANAGE). */
@RestController
@RequestMapping("/api/v1/roles")
class RoleApiController {

	private final RoleAdministration administration;

	RoleApiController(RoleAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	List<RoleView> list() {
		return administration.list().stream().map(s -> UserViews.role(s.role(), s.userCount())).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RoleView create(@AuthenticationPrincipal Actor actor, @RequestBody RoleRequest request) {
		return UserViews.role(administration.create(actor, draft(request)), 0L);
	}

	/** Replaces names, scope and privileges; the code never changes. version is required (409 when stale). */
	@PutMapping("/{id}")
	RoleView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody RoleRequest request) {
		return UserViews.role(administration.edit(actor, id, draft(request)), null);
	}

	private static RoleDraft draft(RoleRequest r) {
		return new RoleDraft(r.code(), r.nameZh(), r.nameEn(), r.scope(), r.privileges(), r.version());
	}

}
