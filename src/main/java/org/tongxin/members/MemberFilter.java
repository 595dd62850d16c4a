package org.tongxin.members;

/**
 * What a member list is filtered and sorted by, as the caller gave it: text (name, pinyin or
 * pinyin initials), a unit code (its whole subtree), a category code, a political affiliation, a
 * gender, an age band in whole years, a sort key (name, birthDate, updatedAt) and direction (asc,
 * desc). Every field may be empty.
 */
public record MemberFilter(String text, String unit, String category, String affiliation, String gender,
		Integer ageFrom, Integer ageTo, String sort, String direction) {

	public static MemberFilter none() {
		return new MemberFilter(null, null, null, null, null, null, null, null, null);
	}

}
