package org.tongxin.demands.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.domain.Rejection.FieldProblem;

/**
 * Checks a category and reports every bad field at once, without Spring. The day ranges are those
 * of the V15 CHECK constraint (so the database never answers with an error of its own), and the
 * yellow warning must come before the answer is due: {@code warnDays < answerDays}.
 */
final class CategoryRules {

	static final int ACCEPT_MAX = 60;

	static final int ANSWER_MAX = 250;

	static final int WARN_MAX = 60;

	static final int SORT_MAX = 9_999;

	static final int NAME_ZH_MAX = 50;

	static final int NAME_EN_MAX = 80;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	/** Checked values; {@code sortOrder} null: not given. */
	record Checked(String code, String nameZh, String nameEn, int acceptDays, int answerDays, int reopenDays,
			int warnDays, boolean withAmount, Integer sortOrder) {
	}

	private CategoryRules() {
	}

	/** @param withCode whether the code is checked (a new category) or ignored (an existing one keeps its own) */
	static Checked check(CategoryInput in, boolean withCode) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = strip(in.code());
		if (withCode) {
			if (code.isEmpty()) {
				problems.add(new FieldProblem("code", "demand.category.code.required"));
			}
			else if (!CODE.matcher(code).matches()) {
				problems.add(new FieldProblem("code", "demand.category.code.invalid", code));
			}
		}
		String nameZh = name(in.nameZh(), "nameZh", NAME_ZH_MAX, problems);
		String nameEn = name(in.nameEn(), "nameEn", NAME_EN_MAX, problems);
		Integer accept = days(in.acceptDays(), "acceptDays", 0, ACCEPT_MAX, problems);
		Integer answer = days(in.answerDays(), "answerDays", 1, ANSWER_MAX, problems);
		Integer reopen = days(in.reopenDays(), "reopenDays", 1, ANSWER_MAX, problems);
		Integer warn = days(in.warnDays(), "warnDays", 0, WARN_MAX, problems);
		if (warn != null && answer != null && warn >= answer) {
			problems.add(new FieldProblem("warnDays", "demand.category.warnDays.notBeforeAnswer", answer));
		}
		Integer sort = strip(in.sortOrder()).isEmpty() ? null : days(in.sortOrder(), "sortOrder", 0, SORT_MAX, problems);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return new Checked(code, nameZh, nameEn, accept, answer, reopen, warn, in.withAmount(), sort);
	}

	private static String name(String text, String field, int max, List<FieldProblem> problems) {
		String value = strip(text);
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, "demand.category.name.required"));
		}
		else if (value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, "demand.category.name.tooLong", max));
		}
		return value;
	}

	private static Integer days(String text, String field, int min, int max, List<FieldProblem> problems) {
		String value = strip(text);
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, "demand.category.number.required"));
			return null;
		}
		try {
			int n = Integer.parseInt(value);
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a number out of range
		}
		problems.add(new FieldProblem(field, "demand.category.number.range", min, max));
		return null;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
