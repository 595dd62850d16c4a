package org.tongxin.members.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.tongxin.shared.web.CellText;

/**
 * The bad rows of a staged import as a sheet to correct and upload again: the row number, the
 * row's cells as the user wrote them (the user's own file, shown back only to its uploader), and
 * a last column saying what is wrong with which column. Text is formula-escaped on the way out.
 */
final class ErrorSheet {

	/** What the sheet is made from: the import, its file and every problem. */
	record Source(ImportRecord record, byte[] file, List<RowProblem> problems, HeaderNames headers) {
	}

	private ErrorSheet() {
	}

	static void write(Source source, OutputStream out, MessageSource messages, Locale locale) throws IOException {
		Map<Integer, List<RowProblem>> byRow = source.problems().stream().collect(Collectors.groupingBy(RowProblem::row));
		ImportColumn[] columns = java.util.Arrays.stream(ImportColumn.values()).filter(ImportColumn::imported).toArray(ImportColumn[]::new);
		Workbook workbook = new Workbook(out, "Tongxin", "1.0");
		Worksheet sheet = workbook.newWorksheet(messages.getMessage("member.import.errors.sheet", null, locale));
		sheet.inlineString(0, 0, messages.getMessage("member.import.errors.row", null, locale));
		for (int c = 0; c < columns.length; c++) {
			sheet.inlineString(0, c + 1, messages.getMessage(columns[c].headerKey(), null, locale));
		}
		sheet.inlineString(0, columns.length + 1, messages.getMessage("member.import.errors.reason", null, locale));
		sheet.range(0, 0, 0, columns.length + 1).style().bold().set();
		sheet.freezePane(1, 1);
		int[] next = { 1 };
		SheetReader.read(source.file(), source.headers(), row -> {
			List<RowProblem> problems = byRow.get(row.number());
			if (problems == null) {
				return;
			}
			int r = next[0]++;
			sheet.value(r, 0, row.number());
			for (int c = 0; c < columns.length; c++) {
				String value = row.value(columns[c]);
				if (value != null) {
					sheet.inlineString(r, c + 1, CellText.safe(value));
				}
			}
			sheet.inlineString(r, columns.length + 1, CellText.safe(ProblemText.of(problems, messages, locale)));
		});
		workbook.finish();
	}

}
