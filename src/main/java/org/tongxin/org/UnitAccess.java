package org.tongxin.org;

import org.tongxin.shared.security.Actor;

/**
 * The one place where the data scope of an actor meets the unit tree. ALL sees everything;
 * UNIT_AND_BELOW the home unit and its subtree; UNIT and OWN the home unit only.
 * Every module that filters or checks records by unit goes through here.
 */
public interface UnitAccess {

	boolean canSee(Actor actor, long unitId);

	/** Throws {@link org.tongxin.shared.domain.NotFoundException} (answered as 404) when out of scope. */
	void checkVisible(Actor actor, long unitId);

	/**
	 * The path prefix that bounds the actor's records, for a {@code path LIKE :prefix || '%'}
	 * filter, or null when the actor sees everything.
	 */
	String scopePathPrefix(Actor actor);

}
