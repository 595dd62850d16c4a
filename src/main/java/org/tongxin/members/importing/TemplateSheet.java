package org.tongxin.members.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * The import template: the data sheet with the headers (required ones starred), ID-number and
 * phone columns formatted as text so Excel keeps every digit, and a sheet of instructions with
 * the accepted values. No example row on the data sheet: it would be imported.
 */
final class TemplateSheet {

	/** Rows pre-formatted as text in the ID-number and phone columns. */
	static final int TEXT_ROWS = 2000;

	private TemplateSheet() {
	}

	/** @param categories the names of the categories offered for new entries, in the reader's language */
	static void write(OutputStream out, MessageSource messages, List<String> categories, Locale locale) throws IOException {
		Workbook workbook = new Workbook(out, "Tongxin", "1.0");
		Worksheet data = workbook.newWorksheet(messages.getMessage("member.excel.sheet", null, locale));
		List<ImportColumn> columns = Arrays.stream(ImportColumn.values()).filter(ImportColumn::imported).toList();
		for (int c = 0; c < columns.size(); c++) {
			ImportColumn column = columns.get(c);
			data.inlineString(0, c, messages.getMessage(column.headerKey(), null, locale) + (column.required() ? "*" : ""));
			data.style(0, c).bold().fillColor(column.required() ? "FFF2CC" : "EDEDED").set();
			data.width(c, column == ImportColumn.ID_NUMBER || column == ImportColumn.UNIT ? 22 : 14);
			if (column == ImportColumn.ID_NUMBER || column == ImportColumn.PHONE) {
				data.range(1, c, TEXT_ROWS, c).style().format("@").set();
			}
		}
		data.freezePane(0, 1);
		Worksheet help = workbook.newWorksheet(messages.getMessage("member.import.template.helpSheet", null, locale));
		help.width(0, 18);
		help.width(1, 90);
		int row = 0;
		help.inlineString(row, 0, messages.getMessage("member.import.template.column", null, locale));
		help.inlineString(row, 1, messages.getMessage("member.import.template.rule", null, locale));
		help.style(row, 0).bold().set();
		help.style(row, 1).bold().set();
		for (ImportColumn column : columns) {
			row++;
			help.inlineString(row, 0, messages.getMessage(column.headerKey(), null, locale));
			help.inlineString(row, 1, messages.getMessage("member.import.template.rule." + column.key(), null, locale));
		}
		row += 2;
		help.inlineString(row, 0, messages.getMessage("member.import.template.categories", null, locale));
		help.inlineString(row, 1, String.join(messages.getMessage("member.excel.separator", null, locale), categories));
		row++;
		help.inlineString(row, 0, messages.getMessage("member.import.template.duplicates", null, locale));
		help.inlineString(row, 1, messages.getMessage("member.import.template.duplicates.rule", null, locale));
		workbook.finish();
	}

}
