package org.tongxin.demands.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.tongxin.org.UnitAccess;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;

/**
 * Which cases an actor may see, in one place, as a predicate for a loaded case and as an SQL
 * condition for lists, so that both always agree. A case is the actor's when they submitted it or
 * it is theirs to rate (the requester), or they are its lead or a co-handler. Beyond that, a holder
 * of a demand privilege sees the cases whose unit of origin, handling unit or escalation unit lies
 * in their data scope: ALL everything, UNIT_AND_BELOW the home unit's subtree, UNIT the home unit.
 * A member (scope OWN) sees only their own.
 */
public record CaseScope(long userId, boolean byUnit, String pathPrefix, Long unitId) {

	private static final Set<Privilege> DEMAND_PRIVILEGES = EnumSet.of(Privilege.DEMAND_VIEW, Privilege.DEMAND_DISPATCH,
			Privilege.DEMAND_HANDLE, Privilege.DEMAND_SUPERVISE);

	public static CaseScope of(Actor actor, UnitAccess access) {
		boolean byUnit = actor.scope() != DataScope.OWN
				&& actor.privileges().stream().anyMatch(DEMAND_PRIVILEGES::contains);
		return switch (byUnit ? actor.scope() : DataScope.OWN) {
			case ALL -> new CaseScope(actor.userId(), true, null, null);
			case UNIT_AND_BELOW -> new CaseScope(actor.userId(), true, access.scopePathPrefix(actor), null);
			case UNIT -> new CaseScope(actor.userId(), true, null, actor.homeUnitId());
			case OWN -> new CaseScope(actor.userId(), false, null, null);
		};
	}

	/** Whether a unit (by id and path; both null: no such unit on the case) lies in the scope. */
	public boolean admitsUnit(Long id, String path) {
		if (!byUnit || id == null) {
			return false;
		}
		return (pathPrefix == null || path.startsWith(pathPrefix)) && (unitId == null || unitId.equals(id));
	}

	public boolean isOwn(DemandCase c) {
		return c.submittedByUserId() == userId || Long.valueOf(userId).equals(c.requesterUserId());
	}

	public boolean isHandler(DemandCase c, Collection<Long> coHandlers) {
		return Long.valueOf(userId).equals(c.leadUserId()) || coHandlers.contains(userId);
	}

	/** Whether the case lies in the actor's units (where it arose, is handled, or was escalated to). */
	public boolean admitsByUnit(DemandCase c) {
		return admitsUnit(c.unitId(), c.unitPath()) || admitsUnit(c.handlingUnitId(), c.handlingUnitPath())
				|| admitsUnit(c.escalatedUnitId(), c.escalatedUnitPath());
	}

	public boolean admits(DemandCase c, Collection<Long> coHandlers) {
		return isOwn(c) || isHandler(c, coHandlers) || admitsByUnit(c);
	}

	/** Appends the same bounds as SQL (fixed text, named parameters) over alias {@code c}. */
	public void appendTo(StringBuilder where, Map<String, Object> params) {
		if (byUnit && pathPrefix == null && unitId == null) {
			return;
		}
		params.put("scopeUser", userId);
		where.append(" and (c.submitted_by_user_id = :scopeUser or c.requester_user_id = :scopeUser")
			.append(" or c.lead_user_id = :scopeUser")
			.append(" or exists (select 1 from demands_co_handler h where h.case_id = c.id and h.user_id = :scopeUser)");
		if (byUnit && pathPrefix != null) {
			params.put("scopePath", pathPrefix + "%");
			where.append(" or c.unit_path like :scopePath or c.handling_unit_path like :scopePath")
				.append(" or c.escalated_unit_path like :scopePath");
		}
		if (byUnit && unitId != null) {
			params.put("scopeUnit", unitId);
			where.append(" or c.unit_id = :scopeUnit or c.handling_unit_id = :scopeUnit or c.escalated_unit_id = :scopeUnit");
		}
		where.append(')');
	}

}
