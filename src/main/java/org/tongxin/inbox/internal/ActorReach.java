package org.tongxin.inbox.internal;

import java.util.List;
import java.util.Map;

import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee.Reach;

/**
 * Which inbox rows are an actor's, as SQL over alias {@code i} (fixed text, named parameters):
 * rows for the user; rows for the holders of a privilege the actor holds at their home unit
 * ({@link Reach#UNIT}), in their domain ({@link Reach#DOMAIN}: {@link UnitAccess#domain}, the
 * subtree for a town officer, otherwise the home unit only) or anywhere when their scope is everything
 * ({@link Reach#DEPLOYMENT}). A member (scope own) has only their own rows.
 */
final class ActorReach {

	private ActorReach() {
	}

	static String condition(Actor actor, UnitAccess access, Map<String, Object> params) {
		params.put("me", actor.userId());
		StringBuilder sql = new StringBuilder("(i.reach = 'USER' and i.user_id = :me");
		List<String> privileges = actor.privileges().stream().map(Privilege::name).sorted().toList();
		if (actor.scope() != DataScope.OWN && !privileges.isEmpty()) {
			params.put("privileges", privileges);
			params.put("home", actor.homeUnitId());
			sql.append(" or i.reach = 'UNIT' and i.privilege in (:privileges) and i.unit_id = :home");
			sql.append(" or i.reach = 'DOMAIN' and i.privilege in (:privileges) and ")
				.append(access.domain(actor).sql("i.unit_id", "i.unit_path", params));
			if (actor.scope() == DataScope.ALL) {
				sql.append(" or i.reach = 'DEPLOYMENT' and i.privilege in (:privileges)");
			}
		}
		return sql.append(')').toString();
	}

}
