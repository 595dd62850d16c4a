package org.tongxin.members;

/** The kinds of united front member (several per person). Labels: {@code member.category.<NAME>}. */
public enum MemberCategory {

	DEMOCRATIC_PARTY, NON_PARTY_INTELLECTUAL, PRIVATE_ECONOMY, NEW_SOCIAL_CLASS, ETHNIC_MINORITY, RELIGIOUS,
	RETURNED_OVERSEAS, HK_MACAO_TAIWAN, OTHER;

	/** The category of a code as typed, or null when there is none. */
	public static MemberCategory parse(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (MemberCategory category : values()) {
			if (category.name().equalsIgnoreCase(code.trim())) {
				return category;
			}
		}
		return null;
	}

}
