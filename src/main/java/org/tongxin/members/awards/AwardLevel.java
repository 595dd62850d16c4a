package org.tongxin.members.awards;

/** Who conferred an award, by level: national, provincial, city, county, or another body (a chamber, a company). */
public enum AwardLevel {

	NATIONAL, PROVINCIAL, CITY, COUNTY, OTHER

}
