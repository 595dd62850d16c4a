package org.tongxin.shared.security;

/** How far a role reaches in the work network, measured from the user's home unit. */
public enum DataScope {

	/** The whole deployment. */
	ALL,
	/** The home unit and every unit below it (a town officer: the town and its villages). */
	UNIT_AND_BELOW,
	/** The home unit only (a village liaison, a member unit liaison). */
	UNIT,
	/** Only records the user owns (a cadre's own pairings, a member's own profile). */
	OWN;

	/** The wider of two scopes, for a user holding several roles. */
	public DataScope widest(DataScope other) {
		return ordinal() <= other.ordinal() ? this : other;
	}

}
