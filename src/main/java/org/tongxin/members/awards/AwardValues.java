package org.tongxin.members.awards;

/** An award after {@link AwardRules#check}: trimmed, the level known, the year in range. */
public record AwardValues(String title, AwardLevel level, int year, String conferredBy) {

	/** How the person's history and the audit log tell it, e.g. {@code 全国劳动模范（NATIONAL，2020）}. */
	String text() {
		return title + "（" + level.name() + "，" + year + (conferredBy == null ? "" : "，" + conferredBy) + "）";
	}

}
