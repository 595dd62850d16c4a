package org.tongxin.members.posts;

import java.time.LocalDate;
import org.tongxin.shared.figures.ChineseNumerals;

/** A post as pages and the API show it; {@code endedOn} null while serving. */
public record PostLine(long id, long personId, String kind, String level, Integer sessionNumber, String organisation,
		String sector, String position, LocalDate startedOn, LocalDate endedOn, boolean current, long version) {

	/** {@code current}: still serving, i.e. no end date; a component so that the API shows it too. */
	static PostLine of(long id, long personId, String kind, String level, Integer sessionNumber, String organisation,
			String sector, String position, LocalDate startedOn, LocalDate endedOn, long version) {
		return new PostLine(id, personId, kind, level, sessionNumber, organisation, sector, position, startedOn, endedOn,
				endedOn == null, version);
	}

	/** The session in Chinese numerals (十 for 10), as 第十届 is written; null for association posts. */
	public String sessionNumeral() {
		return sessionNumber == null ? null : ChineseNumerals.of(sessionNumber);
	}

}
