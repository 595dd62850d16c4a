package org.tongxin.dashboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.tongxin.shared.figures.DashboardSeries;
import org.tongxin.shared.figures.TypicalCase;

/**
 * The work report as a Word document: the title, then for each action its heading and for each
 * section its heading, its text, the figures changed since the text was written (if any), the
 * table of its figures (each value a link to its records on the platform) and its two charts as
 * native Word charts (chart parts with their data in an embedded workbook, editable in Word and
 * LibreOffice, not pictures).
 */
final class WorkReportDocx {

	private static final String FONT = "SimSun";

	/** How many units a chart of units shows, the highest first (the table of figures has them all). */
	private static final int RANKED_UNITS = 12;

	private final MessageSource messages;

	private final Locale locale;

	private final String baseUrl;

	WorkReportDocx(MessageSource messages, Locale locale, String baseUrl) {
		this.messages = messages;
		this.locale = locale;
		this.baseUrl = baseUrl;
	}

	/** Answers the report as a download named after its title, with the platform's address for its links. */
	static void send(WorkReport report, List<WorkReport.Change> changes, MessageSource messages, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) throws IOException {
		String name = report.title() + ".docx";
		response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		// like every download of the platform: not kept by browsers or proxies
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Content-Disposition", "attachment; filename=\"work-report.docx\"; filename*=UTF-8''"
				+ java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		new WorkReportDocx(messages, locale,
				org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())
			.write(report, changes, response.getOutputStream());
	}

	void write(WorkReport report, List<WorkReport.Change> changes, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, report.title(), 18, true);
			XWPFParagraph subtitle = doc.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			run(subtitle, report.subtitle(), 10, false);
			int sectionNumber = 0;
			for (WorkReport.Part part : report.parts()) {
				run(doc.createParagraph(), part.heading(), 15, true);
				for (WorkReport.Section section : part.sections()) {
					sectionNumber++;
					run(doc.createParagraph(), msg("report.work.sectionHeading", section.heading()), 13, true);
					for (String paragraph : section.text().split("\\R+")) {
						if (!paragraph.isBlank()) {
							XWPFParagraph p = doc.createParagraph();
							p.setFirstLineIndent(480);
							run(p, paragraph.strip(), 12, false);
						}
					}
					for (WorkReport.Change change : changes) {
						if (change.module().equals(section.module())) {
							XWPFRun flag = run(doc.createParagraph(),
									msg("report.work.changed", change.name(), change.then(), change.now()), 10, true);
							flag.setColor("C8161D");
						}
					}
					typical(doc, section.figures().typicalCases());
					table(doc, section);
					chart(doc, section.figures().trend(), "line", sectionNumber);
					if (!section.figures().byUnit().points().isEmpty()) {
						chart(doc, section.figures().byUnit(), "bar", sectionNumber);
					}
				}
			}
			doc.write(out);
		}
		catch (InvalidFormatException ex) {
			throw new IOException("The chart part could not be made", ex);
		}
	}

	private void table(XWPFDocument doc, WorkReport.Section section) {
		XWPFTable table = doc.createTable(section.rows().size() + 1, 4);
		table.setWidth("100%");
		String[] head = { msg("report.work.column.figure"), msg("report.work.column.value"),
				msg("report.work.column.previous"), msg("report.work.column.lastYear") };
		for (int c = 0; c < head.length; c++) {
			cell(table.getRow(0), c, head[c], true);
		}
		for (int r = 0; r < section.rows().size(); r++) {
			WorkReport.Row row = section.rows().get(r);
			XWPFTableRow line = table.getRow(r + 1);
			cell(line, 0, row.name(), false);
			link(line.getCell(1).getParagraphs().get(0), row.link(), row.value(), 10);
			cell(line, 2, row.previous(), false);
			cell(line, 3, row.lastYear(), false);
		}
		doc.createParagraph();
	}

	/** The cases marked as typical: a heading, then a paragraph each, its title linked to its page. */
	private void typical(XWPFDocument doc, List<TypicalCase> cases) {
		if (cases.isEmpty()) {
			return;
		}
		run(doc.createParagraph(), msg("typical.title"), 12, true);
		for (int i = 0; i < cases.size(); i++) {
			TypicalCase t = cases.get(i);
			XWPFParagraph p = doc.createParagraph();
			p.setFirstLineIndent(480);
			run(p, (i + 1) + ". ", 12, false);
			link(p, t.link(), t.title(), 12);
			run(p, msg("report.work.typical", t.unitName(), t.date().toString(), t.note()), 12, false);
		}
	}

	/** A run linking to a page of the platform, as Word shows links. */
	private void link(XWPFParagraph paragraph, String path, String text, int size) {
		var link = paragraph.createHyperlinkRun(baseUrl + path);
		link.setText(text);
		link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
		link.setColor("0563C1");
		link.setFontFamily(FONT);
		link.setFontSize(size);
	}

	/** A native chart of a series: a line of the months, or bars of the units (the highest first). */
	private void chart(XWPFDocument doc, DashboardSeries series, String type, int sectionNumber)
			throws IOException, InvalidFormatException {
		List<DashboardSeries.Point> points = "bar".equals(type) ? series.points().stream()
			.sorted(java.util.Comparator.comparing(DashboardSeries.Point::value,
					java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
			.limit(RANKED_UNITS)
			.toList() : series.points();
		String[] names = points.stream().map(DashboardSeries.Point::name).toArray(String[]::new);
		Double[] values = points.stream().map(p -> p.value() == null ? 0d : p.value().doubleValue()).toArray(Double[]::new);
		String name = messages.getMessage(series.label(), null, locale);
		// bars grow with the units listed, so that every name stays readable
		double heightCm = "bar".equals(type) ? Math.max(6, names.length * 0.7 + 2) : 7;
		XWPFChart chart = doc.createChart(doc.createParagraph().createRun(), 15 * Units.EMU_PER_CENTIMETER,
				(int) (heightCm * Units.EMU_PER_CENTIMETER));
		chart.setTitleText(msg("line".equals(type) ? "dashboard.chart.trend" : "dashboard.chart.byUnit", name));
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categories = chart.createCategoryAxis("bar".equals(type) ? AxisPosition.LEFT : AxisPosition.BOTTOM);
		XDDFValueAxis axis = chart.createValueAxis("bar".equals(type) ? AxisPosition.BOTTOM : AxisPosition.LEFT);
		axis.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(names,
				chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
		XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(values,
				chart.formatRange(new CellRangeAddress(1, names.length, 1, 1)), 1);
		XDDFChartData data = chart.createData("bar".equals(type) ? ChartTypes.BAR : ChartTypes.LINE, categories, axis);
		if (data instanceof XDDFBarChartData bars) {
			bars.setBarDirection(BarDirection.BAR);
			categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
		}
		XDDFChartData.Series line = data.addSeries(x, y);
		line.setTitle(name, chart.setSheetTitle(name, 1));
		chart.plot(data);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
		run(p, text, 10, bold);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily(FONT);
		return run;
	}

	private String msg(String code, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
