package org.tongxin.shared.vocabulary;

import java.util.Locale;
import java.util.regex.Pattern;

import org.tongxin.shared.web.FieldProblems;

/**
 * The checks every vocabulary the department keeps shares (member categories, demand categories,
 * talent tags): a code of upper-case letters, digits and {@code _} that never changes once given,
 * a Chinese and an English name, a place in lists. Problems go into the caller's
 * {@link FieldProblems} under the caller's message prefix: {@code <prefix>.code.required},
 * {@code <prefix>.code.invalid} (the code), {@code <prefix>.name.required},
 * {@code <prefix>.name.tooLong} (the limit), {@code <prefix>.number.range} (min, max).
 */
public final class TermRules {

	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public static final int NAME_ZH_MAX = 50;

	public static final int NAME_EN_MAX = 100;

	public static final int SORT_MAX = 9_999;

	/** A term as checked; {@code sortOrder} null: not given (last when added, unchanged when edited). */
	public record Checked(String code, String nameZh, String nameEn, Integer sortOrder) {
	}

	private TermRules() {
	}

	/**
	 * @param withCode whether the code is checked (a new term; typed lower case is taken as upper
	 * case) or ignored (an existing term keeps its own)
	 */
	public static Checked check(String prefix, boolean withCode, String code, String nameZh, String nameEn,
			String sortOrder, FieldProblems problems) {
		String checkedCode = null;
		if (withCode) {
			checkedCode = FieldProblems.text(code);
			if (checkedCode == null) {
				problems.add("code", prefix + ".code.required");
			}
			else {
				checkedCode = checkedCode.toUpperCase(Locale.ROOT);
				if (!CODE.matcher(checkedCode).matches()) {
					problems.add("code", prefix + ".code.invalid", checkedCode);
				}
			}
		}
		String zh = name(prefix, "nameZh", nameZh, NAME_ZH_MAX, problems);
		String en = name(prefix, "nameEn", nameEn, NAME_EN_MAX, problems);
		return new Checked(checkedCode, zh, en, sortOrder(prefix, sortOrder, problems));
	}

	/** A code as typed in a path or a filter, upper case, or null when it cannot be one. */
	public static String code(String typed) {
		String code = FieldProblems.text(typed);
		if (code == null) {
			return null;
		}
		code = code.toUpperCase(Locale.ROOT);
		return CODE.matcher(code).matches() ? code : null;
	}

	private static String name(String prefix, String field, String text, int max, FieldProblems problems) {
		String value = FieldProblems.text(text);
		if (value == null) {
			problems.add(field, prefix + ".name.required");
		}
		else if (value.codePointCount(0, value.length()) > max) {
			problems.add(field, prefix + ".name.tooLong", max);
		}
		return value;
	}

	private static Integer sortOrder(String prefix, String text, FieldProblems problems) {
		String value = FieldProblems.text(text);
		if (value == null) {
			return null;
		}
		try {
			int n = Integer.parseInt(value);
			if (n >= 0 && n <= SORT_MAX) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a number out of range
		}
		problems.add("sortOrder", prefix + ".number.range", 0, SORT_MAX);
		return null;
	}

}
