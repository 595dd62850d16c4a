package org.tongxin.shared.web;

/**
 * Text for a spreadsheet cell that a spreadsheet program will never run as a formula: a value
 * starting with {@code = + - @}, tab or carriage return gets a leading apostrophe (OWASP "CSV
 * injection"). A registry value such as a work unit is typed by people the reader does not know,
 * and {@code =HYPERLINK(...)} in it would otherwise become a live link or call once re-saved.
 */
public final class CellText {

	private CellText() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
