package org.tongxin.org;

import java.util.List;
import java.util.Set;

import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The one place where the data scope of an actor meets the unit tree. ALL sees everything;
 * UNIT_AND_BELOW the home unit and its subtree; UNIT the home unit only; OWN, for records by unit,
 * nothing (only the records that name the actor) and, for units themselves, the home unit. Every
 * module that filters or checks records by unit goes through here: it asks for the actor's
 * {@link UnitScope} and adds its own-record rules around it.
 */
public interface UnitAccess {

	boolean canSee(Actor actor, long unitId);

	/** Throws {@link org.tongxin.shared.domain.NotFoundException} (answered as 404) when out of scope. */
	void checkVisible(Actor actor, long unitId);

	/** The units the actor sees as units ({@link #canSee}): as {@link #scope(Actor)}, but OWN sees the home unit. */
	UnitScope visibleUnits(Actor actor);

	/** The units whose records the actor sees by unit: every unit, the home unit's subtree, the home unit, or none (OWN). */
	UnitScope scope(Actor actor);

	/** As {@link #scope(Actor)} for an actor who holds at least one of {@code privileges}; no unit for anyone else. */
	UnitScope scope(Actor actor, Set<Privilege> privileges);

	/**
	 * Where the actor takes up work that arises (dispatching, accepting): the home unit's subtree for
	 * UNIT_AND_BELOW, the home unit otherwise. Scope ALL too is the home unit: the department takes
	 * up what arises at its own level, not every town's work, which is the towns' until escalated.
	 */
	UnitScope domain(Actor actor);

	/**
	 * Active units whose name or code contains {@code text} in the part of the tree the actor works
	 * in (the home unit's subtree; the whole tree for ALL), shallowest first: for unit pickers.
	 */
	List<UnitSummary> search(Actor actor, String text, int limit);

}
