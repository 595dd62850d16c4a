package org.tongxin.members.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.util.StringUtils;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/** The checks of an award: every bad field at once, each named. */
public final class AwardRules {

	public static final int TEXT_MAX = 100;

	public static final int FIRST_YEAR = 1949;

	public static final int LAST_YEAR = 2100;

	private AwardRules() {
	}

	public static AwardValues check(AwardDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = draft == null ? null : text(draft.title());
		if (title == null) {
			problems.add(new FieldProblem("title", "award.title.required"));
		}
		else if (title.codePointCount(0, title.length()) > TEXT_MAX) {
			problems.add(new FieldProblem("title", "award.text.tooLong", TEXT_MAX));
		}
		AwardLevel level = null;
		String levelText = draft == null ? null : text(draft.level());
		if (levelText == null) {
			problems.add(new FieldProblem("level", "award.level.required"));
		}
		else {
			try {
				level = AwardLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("level", "award.level.invalid"));
			}
		}
		Integer year = null;
		String yearText = draft == null ? null : text(draft.year());
		if (yearText == null) {
			problems.add(new FieldProblem("year", "award.year.required"));
		}
		else {
			try {
				year = yearText.matches("\\d{1,4}") ? Integer.valueOf(yearText) : null;
			}
			catch (NumberFormatException ex) {
				year = null;
			}
			if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
				problems.add(new FieldProblem("year", "award.year.invalid", String.valueOf(FIRST_YEAR),
						String.valueOf(LAST_YEAR)));
			}
		}
		String conferredBy = draft == null ? null : text(draft.conferredBy());
		if (conferredBy != null && conferredBy.codePointCount(0, conferredBy.length()) > TEXT_MAX) {
			problems.add(new FieldProblem("conferredBy", "award.text.tooLong", TEXT_MAX));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new AwardValues(title, level, year, conferredBy);
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
