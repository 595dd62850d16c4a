package org.tongxin.members.posts;

/** The level of the congress or conference; COUNTY covers districts (区) as well. */
enum PostLevel {

	NATIONAL, PROVINCIAL, CITY, COUNTY

}
