package org.tongxin.proposals.decisions;

import java.util.Map;

import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * The results a handling unit owns: those whose owner unit lies in the data scope of a holder of
 * PROPOSAL_HANDLE (ALL everywhere, UNIT_AND_BELOW the home unit's subtree, UNIT the home unit). As a
 * predicate and as an SQL condition over alias {@code r}, so that both agree.
 */
record OwnerCondition(boolean everywhere, String pathPrefix, Long unitId) {

	/** The actor's condition, or null when they own no results (no PROPOSAL_HANDLE, or scope OWN). */
	static OwnerCondition of(Actor actor, UnitAccess access) {
		if (!actor.can(Privilege.PROPOSAL_HANDLE)) {
			return null;
		}
		return switch (actor.scope()) {
			case ALL -> new OwnerCondition(true, null, null);
			case UNIT_AND_BELOW -> new OwnerCondition(false, access.scopePathPrefix(actor), null);
			case UNIT -> new OwnerCondition(false, null, actor.homeUnitId());
			case OWN -> null;
		};
	}

	boolean admits(long ownerUnitId, String ownerUnitPath) {
		if (everywhere) {
			return true;
		}
		return pathPrefix != null ? ownerUnitPath.startsWith(pathPrefix) : unitId != null && unitId == ownerUnitId;
	}

	void appendTo(StringBuilder sql, Map<String, Object> params) {
		if (everywhere) {
			return;
		}
		if (pathPrefix != null) {
			sql.append(" and r.owner_unit_path like :ownerPath");
			params.put("ownerPath", pathPrefix + "%");
		}
		else {
			sql.append(" and r.owner_unit_id = :ownerUnit");
			params.put("ownerUnit", unitId);
		}
	}

	/** Whether scope and privileges let the actor see every decision (DECISION_MANAGE, or PROPOSAL_VIEW with scope ALL). */
	static boolean seesAll(Actor actor) {
		return actor.can(Privilege.DECISION_MANAGE)
				|| actor.can(Privilege.PROPOSAL_VIEW) && actor.scope() == DataScope.ALL;
	}

}
