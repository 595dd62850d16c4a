package org.tongxin.shared.workflow;

import org.tongxin.shared.security.Privilege;

/**
 * Whose turn a piece of work is: one user, or the holders of a privilege at a unit. How a unit
 * reaches its holders is the {@link Reach}.
 *
 * @param userId the user, for {@link Reach#USER}
 * @param privilege the privilege the holders need, for the other reaches
 * @param unitId the unit the work belongs to (where a demand arose, the unit handling it)
 * @param unitPath that unit's path in the work network (kept in step when units move)
 */
public record Addressee(Reach reach, Long userId, Privilege privilege, Long unitId, String unitPath) {

	public enum Reach {

		/** One user, by id. */
		USER,
		/** Holders of the privilege whose home unit is the unit itself (its own handlers). */
		UNIT,
		/**
		 * Holders of the privilege whose domain holds the unit: a town officer (scope unit and
		 * below) for the town and its villages; anyone else for their home unit only. The department,
		 * whose scope is everything, is not handed every town's work: only its own level's.
		 */
		DOMAIN,
		/** Holders of the privilege whose scope is the whole deployment (the department's reviewers). */
		DEPLOYMENT

	}

	public Addressee {
		boolean complete = switch (reach) {
			case USER -> userId != null;
			case UNIT, DOMAIN -> privilege != null && unitId != null && unitPath != null;
			case DEPLOYMENT -> privilege != null;
		};
		if (!complete) {
			throw new IllegalArgumentException("incomplete addressee " + reach);
		}
	}

	public static Addressee user(long userId) {
		return new Addressee(Reach.USER, userId, null, null, null);
	}

	public static Addressee unit(Privilege privilege, long unitId, String unitPath) {
		return new Addressee(Reach.UNIT, null, privilege, unitId, unitPath);
	}

	public static Addressee domain(Privilege privilege, long unitId, String unitPath) {
		return new Addressee(Reach.DOMAIN, null, privilege, unitId, unitPath);
	}

	public static Addressee deployment(Privilege privilege) {
		return new Addressee(Reach.DEPLOYMENT, null, privilege, null, null);
	}

}
