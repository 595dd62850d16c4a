package org.tongxin.proposals.reports;

/**
 * Who a report is in the name of: a member's person ({@code MEMBER}, with the person's id) or an
 * office's unit ({@code UNIT}, no person); the unit it counts to (with its path, for scopes) and
 * the name shown.
 */
public record Reporter(String kind, Long personId, long unitId, String unitPath, String name) {

	static final String MEMBER = "MEMBER";

	static final String UNIT = "UNIT";

	boolean isUnit() {
		return UNIT.equals(kind);
	}

}
