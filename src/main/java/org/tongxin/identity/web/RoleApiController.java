package org.tongxin.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Roles", description = "Roles: named privileges with a data scope (ROLE_MANAGE).")
class RoleApiController {

	private final RoleAdministration administration;

	RoleApiController(RoleAdministration administration) {
		this.administration = administration;
	}

	@Operation(summary = "Every role with its privileges and number of users", description = """
			ROLE_MANAGE.
			""")
	@GetMapping
	List<RoleView> list() {
		return administration.list().stream().map(s -> UserViews.role(s.role(), s.userCount())).toList();
	}

	@Operation(summary = "Create a role", description = """
			ROLE_MANAGE. Body: `code` (2–64 upper-case letters, digits and `_`, starting with a letter; never
			changes), `nameZh`, `nameEn`, `scope` (ALL, UNIT_AND_BELOW, UNIT, OWN) and `privileges` (names).
			201. 400 naming the field: code taken or malformed, a privilege the caller lacks, a scope wider than
			the caller's.
			""")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RoleView create(@AuthenticationPrincipal Actor actor, @RequestBody RoleRequest request) {
		return UserViews.role(administration.create(actor, draft(request)), 0L);
	}

	/** Replaces names, scope and privileges; the code never changes. version is required (409 when stale). */
	@Operation(summary = "Replace a role's names, scope and privileges", description = """
			ROLE_MANAGE. Body as create (the code is ignored) plus `version` (required; 409 when stale). The
			built-in ADMIN role keeps USER_MANAGE and ROLE_MANAGE. Users holding the role see the change at their
			next login.
			""")
	@PutMapping("/{id}")
	RoleView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody RoleRequest request) {
		return UserViews.role(administration.edit(actor, id, draft(request)), null);
	}

	private static RoleDraft draft(RoleRequest r) {
		return new RoleDraft(r.code(), r.nameZh(), r.nameEn(), r.scope(), r.privileges(), r.version());
	}

}
