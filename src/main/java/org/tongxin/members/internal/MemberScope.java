package org.tongxin.members.internal;

import java.util.Map;

import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * The people an actor may see: those of the units in the actor's {@link UnitScope} (ALL everyone,
 * UNIT_AND_BELOW the home unit's subtree, UNIT the home unit), and for OWN only the people the actor
 * is liaison for. The same bounds as a predicate for one loaded person and as an SQL condition for
 * lists, so that both always agree.
 */
public record MemberScope(UnitScope units, Long liaisonUserId) {

	public static MemberScope of(Actor actor, UnitAccess access) {
		return new MemberScope(access.scope(actor), actor.scope() == DataScope.OWN ? actor.userId() : null);
	}

	/** Everyone: for the platform's own work and for tests. */
	public static MemberScope everyone() {
		return new MemberScope(UnitScope.everyUnit(), null);
	}

	public boolean admits(Person person) {
		return units.admits(person.getUnitId(), person.getUnitPath())
				|| liaisonUserId != null && liaisonUserId.equals(person.getLiaisonUserId());
	}

	/** Appends the SQL condition (fixed text, named parameters) over alias {@code p}. */
	public void appendTo(StringBuilder where, Map<String, Object> params) {
		where.append(" and (").append(units.sql("p.unit_id", "p.unit_path", params));
		if (liaisonUserId != null) {
			where.append(" or p.liaison_user_id = :scopeLiaison");
			params.put("scopeLiaison", liaisonUserId);
		}
		where.append(')');
	}

}
