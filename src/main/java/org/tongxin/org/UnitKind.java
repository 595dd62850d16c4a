package org.tongxin.org;

/** Levels of the division tree, then the kinds of functional unit. Labels: {@code unit.kind.<NAME>}. */
public enum UnitKind {

	PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE,
	LEADING_GROUP_MEMBER, PARK, CHAMBER, ASSOCIATION, SERVICE_STATION, EDUCATION_BASE, DEMOCRATIC_PARTY, OTHER;

	/** Administrative divisions come from the national code files; the rest are added by hand. */
	public boolean isDivision() {
		return ordinal() <= VILLAGE.ordinal();
	}

}
