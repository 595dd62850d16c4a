package org.tongxin.proposals;

/**
 * The level of government at which a report is adopted or reported to, or a leader who instructs
 * on it serves. Reports go upward from the district: CITY, PROVINCE, NATIONAL.
 */
public enum Level {

	DISTRICT, CITY, PROVINCE, NATIONAL;

	/** The levels a district reports upward to. */
	public boolean isAboveDistrict() {
		return this != DISTRICT;
	}

}
