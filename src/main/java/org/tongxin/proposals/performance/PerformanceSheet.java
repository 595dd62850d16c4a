package org.tongxin.proposals.performance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.tongxin.shared.web.CellText;

/** Duty performance as a workbook: a sheet of members and one of organisations, the same lines as the page. */
final class PerformanceSheet {

	private PerformanceSheet() {
	}

	static void write(PerformanceReport report, MessageSource messages, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Tongxin", "1.0");
		String title = messages.getMessage("proposal.performance.period",
				new Object[] { report.sessionName() == null ? "" : report.sessionName(), report.from(), report.to() }, locale);
		sheet(workbook, messages, locale, "proposal.performance.members", title, report.members());
		sheet(workbook, messages, locale, "proposal.performance.organisations", title, report.organisations());
		workbook.finish();
	}

	private static void sheet(Workbook workbook, MessageSource messages, Locale locale, String name, String title,
			List<PerformanceReport.Line> lines) {
		Worksheet sheet = workbook.newWorksheet(messages.getMessage(name, null, locale));
		sheet.inlineString(0, 0, CellText.safe(title));
		sheet.inlineString(1, 0, messages.getMessage("proposal.performance.rank", null, locale));
		sheet.inlineString(1, 1, messages.getMessage("proposal.performance.name", null, locale));
		ScoreItem[] items = ScoreItem.values();
		for (int c = 0; c < items.length; c++) {
			sheet.inlineString(1, c + 2, messages.getMessage("proposal.item." + items[c].name(), null, locale));
		}
		sheet.inlineString(1, items.length + 2, messages.getMessage("proposal.performance.score", null, locale));
		sheet.range(1, 0, 1, items.length + 2).style().bold().set();
		int row = 2;
		for (PerformanceReport.Line line : lines) {
			sheet.value(row, 0, line.rank());
			sheet.inlineString(row, 1, CellText.safe(line.name()));
			for (int c = 0; c < items.length; c++) {
				sheet.value(row, c + 2, line.count(items[c]));
			}
			sheet.value(row, items.length + 2, line.score());
			sheet.style(row, items.length + 2).format("0.00").set();
			row++;
		}
		sheet.width(1, 24);
		sheet.freezePane(2, 2);
	}

}
