package org.tongxin.members.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Recognises column headers in Chinese or English, in any order, with or without the template's
 * required-field star. An unknown, repeated or missing required header refuses the file and is named.
 */
final class HeaderNames {

	private final Map<String, ImportColumn> byText = new HashMap<>();

	HeaderNames(MessageSource messages) {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (ImportColumn column : ImportColumn.values()) {
				byText.put(normal(messages.getMessage(column.headerKey(), null, locale)), column);
				byText.put(normal(column.key()), column);
			}
		}
	}

	/** Cell index to column, for the header row's texts. */
	Map<Integer, ImportColumn> columnsOf(List<String> texts) {
		Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i).strip();
			if (text.isEmpty()) {
				continue;
			}
			ImportColumn column = byText.get(normal(text));
			if (column == null) {
				throw new ImportRefusal("member.import.header.unknown", text, columnName(i));
			}
			if (columns.containsValue(column)) {
				throw new ImportRefusal("member.import.header.repeated", text);
			}
			columns.put(i, column);
		}
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !columns.containsValue(column)) {
				throw new ImportRefusal("member.import.header.missing",
						new org.springframework.context.support.DefaultMessageSourceResolvable(column.headerKey()));
			}
		}
		return columns;
	}

	/** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	private static String normal(String text) {
		return text.strip().replace("*", "").replace("＊", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}

}
