package org.tongxin.shared.domain;

import java.util.regex.Pattern;

/**
 * Rules for free text that people write into workflows (demands, proposals, reports). Text is shown
 * escaped everywhere, so markup could do no harm; it is refused all the same, with a reason, because
 * text that arrives as HTML was pasted from somewhere or typed by a probe, and either way the writer
 * should see what will be kept. Message codes are the module's own: {@code <prefix>.<field>.required},
 * {@code <prefix>.text.tooLong} (argument: the limit) and {@code <prefix>.text.markup}.
 */
public final class PlainText {

	/**
	 * A tag as a browser would read one: a name, then attributes (name, optionally = value), then
	 * {@code >}; or a comment or doctype. "收入<3000元" and "a<b & c>d" are text, not tags.
	 */
	private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z][A-Za-z0-9-]*"
			+ "(\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*\\s*/?\\s*>|<!");

	private PlainText() {
	}

	/** The trimmed text, or a Rejection naming {@code field} when empty (if required), too long or markup. */
	public static String check(String prefix, String field, String text, int max, boolean required) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			if (required) {
				throw new Rejection(field, prefix + "." + field + ".required");
			}
			return null;
		}
		if (value.codePointCount(0, value.length()) > max) {
			throw new Rejection(field, prefix + ".text.tooLong", max);
		}
		if (hasMarkup(value)) {
			throw new Rejection(field, prefix + ".text.markup");
		}
		return value;
	}

	/** Whether the text holds something a browser would read as a tag, a comment or a doctype. */
	public static boolean hasMarkup(String text) {
		return text != null && MARKUP.matcher(text).find();
	}

}
