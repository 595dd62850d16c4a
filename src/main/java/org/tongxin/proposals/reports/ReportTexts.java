package org.tongxin.proposals.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.tongxin.proposals.Level;
import org.tongxin.shared.domain.PlainText;
import org.tongxin.shared.domain.Rejection;

/**
 * Rules for what staff and reporters type into a report: text (required, bounded, no markup, as
 * demands refuse it: text is escaped on output anyway, but markup means it was pasted from
 * somewhere or typed by a probe), levels and dates (given as text and refused naming the field).
 */
final class ReportTexts {

	private ReportTexts() {
	}

	/** The trimmed text, or a Rejection naming {@code field} when empty, too long or markup. */
	static String required(String field, String text, int max) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new Rejection(field, "report.field.required");
		}
		if (value.codePointCount(0, value.length()) > max) {
			throw new Rejection(field, "report.text.tooLong", max);
		}
		if (PlainText.hasMarkup(value)) {
			throw new Rejection(field, "report.text.markup");
		}
		return value;
	}

	static Level level(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new Rejection(field, "report.field.required");
		}
		try {
			return Level.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(field, "report.level.unknown", value);
		}
	}

	/** A date that has happened (a forward, an adoption, an instruction is recorded after the fact). */
	static LocalDate pastDate(String field, String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			throw new Rejection(field, "report.field.required");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "report.date.invalid", value);
		}
		if (date.isAfter(today)) {
			throw new Rejection(field, "report.date.future", date);
		}
		return date;
	}

	static long version(Long version) {
		if (version == null) {
			throw new Rejection("version", "report.field.required");
		}
		return version;
	}

}
