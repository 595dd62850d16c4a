package org.tongxin.demands.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitScope;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Which cases an actor may see, in one place, as a predicate for a loaded case and as an SQL
 * condition for lists, so that both always agree. A case is the actor's when they submitted it or
 * it is theirs to rate (the requester), or they are its lead or a co-handler. Beyond that, a holder
 * of a demand privilege sees the cases whose unit of origin, handling unit or escalation unit lies
 * in their {@link UnitScope}. A member (scope OWN) sees only their own.
 */
public record CaseScope(long userId, UnitScope units) {

	private static final Set<Privilege> DEMAND_PRIVILEGES = EnumSet.of(Privilege.DEMAND_VIEW, Privilege.DEMAND_DISPATCH,
			Privilege.DEMAND_HANDLE, Privilege.DEMAND_SUPERVISE);

	public static CaseScope of(Actor actor, UnitAccess access) {
		return new CaseScope(actor.userId(), access.scope(actor, DEMAND_PRIVILEGES));
	}

	/** Whether a unit (by id and path; both null: no such unit on the case) lies in the scope. */
	public boolean admitsUnit(Long id, String path) {
		return units.admits(id, path);
	}

	public boolean isOwn(DemandCase c) {
		return c.origin().isOwnedBy(userId);
	}

	public boolean isHandler(DemandCase c, Collection<Long> coHandlers) {
		return c.handling().isLead(userId) || coHandlers.contains(userId);
	}

	/** Whether the case lies in the actor's units (where it arose, is handled, or was escalated to). */
	public boolean admitsByUnit(DemandCase c) {
		return admitsUnit(c.origin().unitId(), c.origin().unitPath())
				|| admitsUnit(c.handling().unitId(), c.handling().unitPath())
				|| admitsUnit(c.escalation().unitId(), c.escalation().unitPath());
	}

	public boolean admits(DemandCase c, Collection<Long> coHandlers) {
		return isOwn(c) || isHandler(c, coHandlers) || admitsByUnit(c);
	}

	/**
	 * The condition of the cases that arise in the scope's units (over alias {@code c}), when the
	 * scope reaches a subtree or every unit: a part of the scope an index on the unit's path answers.
	 */
	public Optional<String> originSubtree(Map<String, Object> params) {
		return units.reachesBelow() ? Optional.of(units.sql("c.unit_id", "c.unit_path", params)) : Optional.empty();
	}

	/** Appends the same bounds as SQL (fixed text, named parameters) over alias {@code c}. */
	public void appendTo(StringBuilder where, Map<String, Object> params) {
		if (units.coversEveryUnit()) {
			// every case has a unit of origin: nothing to bound
			return;
		}
		params.put("scopeUser", userId);
		where.append(" and (c.submitted_by_user_id = :scopeUser or c.requester_user_id = :scopeUser")
			.append(" or c.lead_user_id = :scopeUser")
			.append(" or exists (select 1 from demands_co_handler h where h.case_id = c.id and h.user_id = :scopeUser)");
		if (!units.coversNoUnit()) {
			where.append(" or ").append(units.sql("c.unit_id", "c.unit_path", params))
				.append(" or ").append(units.sql("c.handling_unit_id", "c.handling_unit_path", params))
				.append(" or ").append(units.sql("c.escalated_unit_id", "c.escalated_unit_path", params));
		}
		where.append(')');
	}

}
