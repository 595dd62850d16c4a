package org.tongxin.demands.internal;

import java.util.regex.Pattern;

import org.tongxin.shared.web.Rejection;

/**
 * Rules for the free text of cases. Text is shown escaped everywhere, so markup could do no harm;
 * it is refused all the same, with a reason, because a demand that arrives as HTML was pasted from
 * somewhere or typed by a probe, and either way the requester should see what will be kept.
 */
final class CaseTexts {

	/**
	 * A tag as a browser would read one: a name, then attributes (name, optionally = value), then
	 * {@code >}; or a comment or doctype. "收入<3000元" and "a<b & c>d" are text, not tags.
	 */
	private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z][A-Za-z0-9-]*"
			+ "(\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*\\s*/?\\s*>|<!");

	private CaseTexts() {
	}

	/** The trimmed text, or a Rejection naming {@code field} when empty (if required), too long or markup. */
	static String check(String field, String text, int max, boolean required) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			if (required) {
				throw new Rejection(field, "demand." + field + ".required");
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
