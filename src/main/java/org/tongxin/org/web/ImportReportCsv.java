package org.tongxin.org.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.tongxin.org.ImportProblem;

/**
 * The problems of a refused import as a CSV sheet for Excel (UTF-8 with BOM). Values come from the
 * uploaded file, so cells that a spreadsheet would run as a formula are defused with a quote.
 */
final class ImportReportCsv {

	private ImportReportCsv() {
	}

	static byte[] write(List<ImportProblem> problems, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", messages.getMessage("division.report.row", null, locale),
				messages.getMessage("division.report.column", null, locale),
				messages.getMessage("division.report.value", null, locale),
				messages.getMessage("division.report.reason", null, locale)))
			.append("\r\n");
		for (ImportProblem p : problems) {
			csv.append(p.row() == 0 ? "" : p.row()).append(',')
				.append(cell(p.column()))
				.append(',')
				.append(cell(p.value()))
				.append(',')
				.append(cell(messages.getMessage(p.code(), p.args(), p.code(), locale)))
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
