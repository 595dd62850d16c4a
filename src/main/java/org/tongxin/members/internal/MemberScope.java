package org.tongxin.members.internal;

import java.util.Map;

import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;

/**
 * The people an actor may see, from the data scope: ALL everyone; UNIT_AND_BELOW the home unit's
 * subtree (the path prefix of {@link UnitAccess#scopePathPrefix}); UNIT the home unit only; OWN
 * only the people the actor is liaison for. The same bounds as a predicate for one loaded person
 * and as an SQL condition for lists, so that both always agree.
 */
public record MemberScope(String pathPrefix, Long unitId, Long liaisonUserId) {

	public static MemberScope of(Actor actor, UnitAccess access) {
		return switch (actor.scope()) {
			case ALL -> new MemberScope(null, null, null);
			case UNIT_AND_BELOW -> new MemberScope(access.scopePathPrefix(actor), null, null);
			case UNIT -> new MemberScope(null, actor.homeUnitId(), null);
			case OWN -> new MemberScope(null, null, actor.userId());
		};
	}

	public boolean admits(Person person) {
		return (pathPrefix == null || person.getUnitPath().startsWith(pathPrefix))
				&& (unitId == null || person.getUnitId() == unitId)
				&& (liaisonUserId == null || liaisonUserId.equals(person.getLiaisonUserId()));
	}

	/** Appends the SQL condition (fixed text, named parameters) over alias {@code p}. */
	public void appendTo(StringBuilder where, Map<String, Object> params) {
		if (pathPrefix != null) {
			where.append(" and p.unit_path like :scopePath");
			params.put("scopePath", pathPrefix + "%");
		}
		if (unitId != null) {
			where.append(" and p.unit_id = :scopeUnit");
			params.put("scopeUnit", unitId);
		}
		if (liaisonUserId != null) {
			where.append(" and p.liaison_user_id = :scopeLiaison");
			params.put("scopeLiaison", liaisonUserId);
		}
	}

}
