package org.tongxin.members;

/**
 * What a member list is filtered and sorted by, as the caller gave it: text (name, pinyin or
 * pinyin initials), a unit code (its whole subtree), a category code, a political affiliation, a
 * gender, an age band in whole years, a sort key (name, birthDate, updatedAt) and direction (asc,
 * desc); and for "who could be nominated": a talent tag code, a current representative seat
 * (postKind NPC, CPPCC, ANY for either, NONE for neither; postLevel NATIONAL, PROVINCIAL, CITY,
 * COUNTY) and an education; for the coverage gaps a liaison state (NONE: no liaison assigned,
 * ASSIGNED); for a person's several affiliations an organisation (a current association or chamber
 * post there: its name, or a functional unit's code or name), an award title (contains) and an award
 * level. Every field may be empty.
 */
public record MemberFilter(String text, String unit, String category, String affiliation, String gender,
		Integer ageFrom, Integer ageTo, String sort, String direction, String tag, String postKind, String postLevel,
		String education, String liaison, String organisation, String award, String awardLevel) {

	/** A filter without the affiliation criteria (organisation, awards). */
	public MemberFilter(String text, String unit, String category, String affiliation, String gender, Integer ageFrom,
			Integer ageTo, String sort, String direction, String tag, String postKind, String postLevel,
			String education, String liaison) {
		this(text, unit, category, affiliation, gender, ageFrom, ageTo, sort, direction, tag, postKind, postLevel,
				education, liaison, null, null, null);
	}

	/** A filter without the talent pool's criteria. */
	public MemberFilter(String text, String unit, String category, String affiliation, String gender, Integer ageFrom,
			Integer ageTo, String sort, String direction) {
		this(text, unit, category, affiliation, gender, ageFrom, ageTo, sort, direction, null, null, null, null, null,
				null, null, null);
	}

	public static MemberFilter none() {
		return new MemberFilter(null, null, null, null, null, null, null, null, null);
	}

}
