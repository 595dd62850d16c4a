package org.tongxin.enterprises.internal;

import java.util.Map;

import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;

/**
 * The enterprises an actor may see, by the enterprise's unit: ALL everything; UNIT_AND_BELOW the
 * home unit's subtree; UNIT and OWN the home unit only (as {@link UnitAccess} decides for units).
 * The same bounds as a predicate for one loaded enterprise and as an SQL condition for lists.
 */
record EnterpriseScope(String pathPrefix, Long unitId) {

	static EnterpriseScope of(Actor actor, UnitAccess access) {
		return switch (actor.scope()) {
			case ALL -> new EnterpriseScope(null, null);
			case UNIT_AND_BELOW -> new EnterpriseScope(access.scopePathPrefix(actor), null);
			case UNIT, OWN -> new EnterpriseScope(null, actor.homeUnitId());
		};
	}

	boolean admits(long enterpriseUnitId, String enterpriseUnitPath) {
		return (pathPrefix == null || enterpriseUnitPath.startsWith(pathPrefix))
				&& (unitId == null || unitId == enterpriseUnitId);
	}

	/** Appends the SQL condition (fixed text, named parameters) over alias {@code e}. */
	void appendTo(StringBuilder where, Map<String, Object> params) {
		if (pathPrefix != null) {
			where.append(" and e.unit_path like :scopePath");
			params.put("scopePath", pathPrefix + "%");
		}
		if (unitId != null) {
			where.append(" and e.unit_id = :scopeUnit");
			params.put("scopeUnit", unitId);
		}
	}

}
