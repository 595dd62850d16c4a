package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Recognises column headers: the template's in Chinese or English (any order, with or without
 * the required-field star), then the synonyms a department's older sheets use (手机号, 所在单位,
 * 序号 ignored...), then a mapping the user chose for this sheet, which wins over both. A header
 * row that is still not understood refuses the file with its layout, so that the mapping step
 * can show which columns need a field.
 */
final class HeaderNames {

	private final Map<String, ColumnTarget> byText;

	HeaderNames(MessageSource messages) {
		this.byText = new HashMap<>();
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (ImportColumn column : ImportColumn.values()) {
				byText.put(normal(messages.getMessage(column.headerKey(), null, locale)), ColumnTarget.of(column));
				byText.put(normal(column.key()), ColumnTarget.of(column));
			}
		}
	}

	private HeaderNames(Map<String, ColumnTarget> byText) {
		this.byText = byText;
	}

	/** With other names of the fields (normalised header → target key); the template's own names keep their meaning. */
	HeaderNames withSynonyms(Map<String, String> synonyms) {
		Map<String, ColumnTarget> more = new HashMap<>(byText);
		synonyms.forEach((header, key) -> {
			ColumnTarget target = ColumnTarget.parse(key);
			if (target != null) {
				more.putIfAbsent(normal(header), target);
			}
		});
		return new HeaderNames(more);
	}

	/** With the user's choice for some headers (as written or normalised), which wins over every name known. */
	HeaderNames withMapping(Map<String, ColumnTarget> mapping) {
		Map<String, ColumnTarget> chosen = new HashMap<>(byText);
		mapping.forEach((header, target) -> chosen.put(normal(header), target));
		return new HeaderNames(chosen);
	}

	/** Each non-empty header with its target, or null where it is not understood. */
	SheetLayout layout(List<String> texts) {
		List<SheetLayout.Column> columns = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i) == null ? "" : texts.get(i).strip();
			if (!normal(text).isEmpty()) {
				columns.add(new SheetLayout.Column(i, text, byText.get(normal(text))));
			}
		}
		return new SheetLayout(columns);
	}

	/** Cell index to target, for the header row's texts; refuses a row that is not understood. */
	java.util.Map<Integer, ColumnTarget> columnsOf(List<String> texts) {
		SheetLayout layout = layout(texts);
		ImportRefusal problem = layout.problem();
		if (problem != null) {
			throw new HeaderRefusal(layout, problem);
		}
		return layout.targets();
	}

	/** Spreadsheet letters of a 0-based column index: 0 → A, 26 → AA. */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	/** A header as compared: without white space (line breaks in a header cell included) or stars, lower case. */
	static String normal(String text) {
		return text.replaceAll("[\\s\\u3000*＊]", "").toLowerCase(Locale.ROOT);
	}

}
