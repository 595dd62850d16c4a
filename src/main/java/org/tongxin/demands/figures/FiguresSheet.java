package org.tongxin.demands.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.tongxin.shared.web.CellText;

/**
 * The figures as a workbook: a sheet by unit (child rows, the unit itself, the total) and a sheet by
 * category, the same numbers as the page. Row 0 says which unit and period, row 1 is the header;
 * counts are number cells, the satisfaction rate a percentage (empty when nothing was rated), the
 * amount in yuan with two decimals. Unit and category names go through {@link CellText#safe}.
 */
final class FiguresSheet {

	/** Figure columns after the name column (labels: demand.figures.column.*). */
	static final List<String> COLUMNS = List.of("received", "accepted", "declined", "answered", "answeredOnTime",
			"overdue", "closed", "rated", "satisfied", "satisfactionRate", "reopened", "enterpriseReceived",
			"enterpriseSolved", "enterpriseAmount");

	private FiguresSheet() {
	}

	static void write(DemandFigures figures, MessageSource messages, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Tongxin", "1.0");
		String title = messages.getMessage("demand.figures.period",
				new Object[] { figures.unitName(), figures.from(), figures.to() }, locale);
		Worksheet units = sheet(workbook, messages, locale, "demand.figures.sheet.units", "demand.figures.column.unit", title);
		int row = 2;
		for (DemandFigures.UnitRow unit : figures.byChildUnit()) {
			line(units, row++, unit.name(), unit.counts());
		}
		line(units, row++, messages.getMessage("demand.figures.atUnitItself", null, locale), figures.atUnitItself());
		line(units, row, messages.getMessage("demand.figures.total", null, locale), figures.total());
		Worksheet categories = sheet(workbook, messages, locale, "demand.figures.sheet.categories",
				"demand.figures.column.category", title);
		row = 2;
		for (DemandFigures.CategoryRow category : figures.byCategory()) {
			line(categories, row++, category.name(), category.counts());
		}
		line(categories, row, messages.getMessage("demand.figures.total", null, locale), figures.total());
		workbook.finish();
	}

	private static Worksheet sheet(Workbook workbook, MessageSource messages, Locale locale, String name, String first,
			String title) {
		Worksheet sheet = workbook.newWorksheet(messages.getMessage(name, null, locale));
		sheet.inlineString(0, 0, CellText.safe(title));
		sheet.inlineString(1, 0, messages.getMessage(first, null, locale));
		for (int c = 0; c < COLUMNS.size(); c++) {
			sheet.inlineString(1, c + 1, messages.getMessage("demand.figures.column." + COLUMNS.get(c), null, locale));
		}
		sheet.range(1, 0, 1, COLUMNS.size()).style().bold().set();
		sheet.width(0, 24);
		sheet.freezePane(1, 2);
		return sheet;
	}

	private static void line(Worksheet sheet, int row, String name, FigureCounts n) {
		sheet.inlineString(row, 0, CellText.safe(name));
		long[] counts = { n.received(), n.accepted(), n.declined(), n.answered(), n.answeredOnTime(), n.overdue(),
				n.closed(), n.rated(), n.satisfied() };
		for (int i = 0; i < counts.length; i++) {
			sheet.value(row, i + 1, counts[i]);
		}
		BigDecimal rate = n.satisfactionRate();
		if (rate != null) {
			sheet.value(row, 10, rate.movePointLeft(2));
			sheet.style(row, 10).format("0.0%").set();
		}
		sheet.value(row, 11, n.reopened());
		sheet.value(row, 12, n.enterpriseReceived());
		sheet.value(row, 13, n.enterpriseSolved());
		sheet.value(row, 14, n.enterpriseAmount());
		sheet.style(row, 14).format("#,##0.00").set();
	}

}
