package org.tongxin.proposals.decisions;

import java.util.EnumSet;
import java.util.Map;

import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * The results a handling unit owns: those whose owner unit lies in the {@link UnitScope} of a holder
 * of PROPOSAL_HANDLE (nobody else owns any). As a predicate and as an SQL condition over alias
 * {@code r}, so that both agree.
 */
record OwnerCondition(UnitScope units) {

	static OwnerCondition of(Actor actor, UnitAccess access) {
		return new OwnerCondition(access.scope(actor, EnumSet.of(Privilege.PROPOSAL_HANDLE)));
	}

	/** Whether the actor owns no results at all (no PROPOSAL_HANDLE, or scope OWN). */
	boolean ownsNone() {
		return units.coversNoUnit();
	}

	boolean admits(long ownerUnitId, String ownerUnitPath) {
		return units.admits(ownerUnitId, ownerUnitPath);
	}

	void appendTo(StringBuilder sql, Map<String, Object> params) {
		sql.append(" and ").append(units.sql("r.owner_unit_id", "r.owner_unit_path", params));
	}

	/** Whether scope and privileges let the actor see every decision (DECISION_MANAGE, or PROPOSAL_VIEW with scope ALL). */
	static boolean seesAll(Actor actor) {
		return actor.can(Privilege.DECISION_MANAGE)
				|| actor.can(Privilege.PROPOSAL_VIEW) && actor.scope() == DataScope.ALL;
	}

}
