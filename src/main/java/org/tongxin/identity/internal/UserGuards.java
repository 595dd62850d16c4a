package org.tongxin.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection.FieldProblem;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * Who may see and change which account. An account is visible when its home unit is in the
 * actor's scope (otherwise it answers as not found). Managing it also needs every privilege the
 * account holds: resetting the password of someone more powerful would be a way to become them.
 * Roles may only be granted when the actor holds all their privileges and at least their scope.
 */
@Component
class UserGuards {

	private final UserAccountRepository users;

	private final UnitAccess access;

	UserGuards(UserAccountRepository users, UnitAccess access) {
		this.users = users;
		this.access = access;
	}

	UserAccount visible(Actor actor, long id) {
		return users.findById(id)
			.filter(u -> access.canSee(actor, u.getHomeUnitId()))
			.orElseThrow(() -> new NotFoundException("user", id));
	}

	UserAccount manageable(Actor actor, long id) {
		UserAccount user = visible(actor, id);
		if (!actor.privileges().containsAll(user.privileges())) {
			throw new AccessDeniedException("The account holds privileges the actor lacks");
		}
		return user;
	}

	/** Problems with granting these roles (only roles newly granted are checked). */
	static List<FieldProblem> grantable(Actor actor, Collection<Role> granted) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Role role : granted) {
			if (!actor.privileges().containsAll(role.getPrivileges()) || wider(role.getScope(), actor.scope())) {
				problems.add(new FieldProblem("roles", "user.role.escalation", role.getCode()));
			}
		}
		return problems;
	}

	/** Whether {@code scope} reaches further than {@code limit}. */
	static boolean wider(DataScope scope, DataScope limit) {
		return scope.ordinal() < limit.ordinal();
	}

}
