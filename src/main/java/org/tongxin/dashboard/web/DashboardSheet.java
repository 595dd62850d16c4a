package org.tongxin.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.shared.figures.DashboardFigure;
import org.tongxin.shared.figures.DashboardSeries;
import org.tongxin.shared.figures.SectionFigures;
import org.tongxin.shared.web.CellText;

/**
 * The dashboard as a workbook, a sheet per section: its figures (this period, the one before, a year
 * earlier), then the units below and the twelve months, the same numbers as the page. Counts are
 * number cells, rates percentages (empty when nothing was measured), amounts yuan with two
 * decimals. The tables hold counts only, no person's data, so every viewer gets them whole.
 */
final class DashboardSheet {

	private DashboardSheet() {
	}

	static void write(Dashboard.Asked asked, List<SectionFigures> sections, MessageSource messages, Locale locale,
			OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Tongxin", "1.0");
		String title = messages.getMessage("dashboard.sheet.title", new Object[] { asked.unit().name(),
				asked.choice().period().from(), asked.choice().period().to() }, locale);
		for (SectionFigures section : sections) {
			Worksheet sheet = workbook.newWorksheet(messages.getMessage(section.title(), null, locale));
			sheet.inlineString(0, 0, CellText.safe(title));
			header(sheet, 1, messages, locale, "report.work.column.figure", "report.work.column.value",
					"report.work.column.previous", "report.work.column.lastYear");
			int row = 2;
			for (DashboardFigure f : section.figures()) {
				sheet.inlineString(row, 0, messages.getMessage(f.label(), null, locale));
				value(sheet, row, 1, f.kind(), f.value());
				value(sheet, row, 2, f.kind(), f.previous());
				value(sheet, row, 3, f.kind(), f.lastYear());
				row++;
			}
			row = series(sheet, row + 1, section.byUnit(), "dashboard.sheet.unit", messages, locale);
			series(sheet, row + 1, section.trend(), "dashboard.sheet.month", messages, locale);
			sheet.width(0, 28);
			sheet.width(1, 16);
			sheet.width(2, 16);
			sheet.width(3, 16);
		}
		workbook.finish();
	}

	/** A series as a two-column table under its header; returns the row after it. */
	private static int series(Worksheet sheet, int row, DashboardSeries series, String firstColumn, MessageSource messages,
			Locale locale) {
		if (series.points().isEmpty()) {
			return row;
		}
		sheet.inlineString(row, 0, messages.getMessage(firstColumn, null, locale));
		sheet.inlineString(row, 1, messages.getMessage(series.label(), null, locale));
		sheet.range(row, 0, row, 1).style().bold().set();
		int r = row + 1;
		for (DashboardSeries.Point p : series.points()) {
			sheet.inlineString(r, 0, CellText.safe(p.name()));
			value(sheet, r, 1, series.kind(), p.value());
			r++;
		}
		return r;
	}

	private static void header(Worksheet sheet, int row, MessageSource messages, Locale locale, String... codes) {
		for (int c = 0; c < codes.length; c++) {
			sheet.inlineString(row, c, messages.getMessage(codes[c], null, locale));
		}
		sheet.range(row, 0, row, codes.length - 1).style().bold().set();
	}

	private static void value(Worksheet sheet, int row, int column, DashboardFigure.Kind kind, BigDecimal value) {
		if (value == null) {
			return;
		}
		switch (kind) {
			case COUNT -> sheet.value(row, column, value);
			case PERCENT -> {
				sheet.value(row, column, value.movePointLeft(2));
				sheet.style(row, column).format(value.scale() > 1 ? "0.00%" : "0.0%").set();
			}
			case AMOUNT -> {
				sheet.value(row, column, value);
				sheet.style(row, column).format("#,##0.00").set();
			}
		}
	}

}
