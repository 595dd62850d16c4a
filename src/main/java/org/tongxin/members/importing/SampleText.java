package org.tongxin.members.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell shown on the mapping page, to recognise its column by: cut short, and every run of seven
 * or more digits (an ID number, a phone number) reduced to its first three, which tell an ID
 * number from a phone without showing either. The file is the uploader's own, but the page shows
 * no more of it than choosing a field needs.
 */
final class SampleText {

	static final int MAX_LENGTH = 20;

	private static final Pattern LONG_NUMBER = Pattern.compile("\\d{3}(\\d{4,}[\\dXx]?)");

	private SampleText() {
	}

	static String of(String cell) {
		if (cell == null || cell.isBlank()) {
			return "";
		}
		Matcher m = LONG_NUMBER.matcher(cell.strip());
		StringBuilder masked = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(masked, Matcher.quoteReplacement(m.group().substring(0, 3) + "*".repeat(m.group(1).length())));
		}
		m.appendTail(masked);
		String text = masked.toString();
		return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
	}

}
