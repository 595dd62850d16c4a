package org.tongxin.demands.internal;

import java.util.regex.Pattern;

import org.tongxin.shared.web.Rejection;

/**
 * Rules for the free text of cases. Text is shown escaped everywhere, so markup could do no harm;
 * it is refused all the same, with a reason, because a demand that arrives as HTML was pasted from
 * somewhere or typed by a probe, and either way the requester should see what will be kept.
 */
final class CaseTexts {

	/** A tag: {@code <} then a letter, {@code /} or {@code !}, then {@code >} later on. */
	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!]?\\s*[A-Za-z][^>]*>");

	private CaseTexts() {
	}

	/** The trimmed text, or a Rejection naming {@code field} when empty (if required), too long or markup. */
	static String check(String field, String text, int max, boolean required) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			if (required) {
				throw new Rejection(field, "demand.text.required");
			}
			return null;
		}
		if (value.codePointCount(0, value.length()) > max) {
			throw new Rejection(field, "demand.text.tooLong", max);
		}
		if (MARKUP.matcher(value).find()) {
			throw new Rejection(field, "demand.text.markup");
		}
		return value;
	}

}
