package org.tongxin.proposals.performance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.tongxin.proposals.decisions.Issuer;
import org.tongxin.shared.web.CellText;

/**
 * The figures as a workbook: a sheet by child unit (with the unit itself and the total), one by party
 * organisation, and one with the total's decisions by issuer.
 */
final class ProposalFiguresSheet {

	/** Column labels after the name (proposal.figures.column.*), the average progress last. */
	static final List<String> COLUMNS = List.of("proposalsSubmitted", "proposalsRegistered", "proposalsDeclined",
			"proposalsMerged", "proposalsReplied", "proposalsClosed", "reportsSubmitted", "reportsAccepted",
			"adoptedDistrict", "adoptedCity", "adoptedProvince", "adoptedNational", "instructedDistrict", "instructedCity",
			"instructedProvince", "instructedNational", "decisions", "results", "resultsCompleted", "averageProgress");

	private ProposalFiguresSheet() {
	}

	static void write(ProposalFigures figures, MessageSource messages, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Tongxin", "1.0");
		String title = messages.getMessage("proposal.figures.period",
				new Object[] { figures.unitName(), figures.from(), figures.to() }, locale);
		Worksheet units = sheet(workbook, messages, locale, "proposal.figures.byUnit", title);
		int row = 2;
		for (ProposalFigures.Row r : figures.byChildUnit()) {
			line(units, row++, r.name(), r.counts());
		}
		line(units, row++, messages.getMessage("proposal.figures.atUnitItself", null, locale), figures.atUnitItself());
		line(units, row, messages.getMessage("proposal.figures.total", null, locale), figures.total());
		Worksheet parties = sheet(workbook, messages, locale, "proposal.figures.byParty", title);
		row = 2;
		for (ProposalFigures.Row r : figures.byParty()) {
			line(parties, row++, r.name(), r.counts());
		}
		// the decisions of the total by issuer (区委, 区政府, 两办), as reports name them
		Worksheet issuers = workbook.newWorksheet(messages.getMessage("proposal.figures.byIssuer", null, locale));
		issuers.inlineString(0, 0, CellText.safe(title));
		issuers.inlineString(1, 0, messages.getMessage("decision.issuer", null, locale));
		issuers.inlineString(1, 1, messages.getMessage("proposal.figures.column.decisions", null, locale));
		issuers.range(1, 0, 1, 1).style().bold().set();
		issuers.width(0, 24);
		row = 2;
		for (Issuer issuer : Issuer.values()) {
			issuers.inlineString(row, 0, messages.getMessage("decision.issuer." + issuer.name(), null, locale));
			issuers.value(row++, 1, figures.total().decisionsByIssuer().of(issuer));
		}
		issuers.inlineString(row, 0, messages.getMessage("proposal.figures.total", null, locale));
		issuers.value(row, 1, figures.total().decisions());
		workbook.finish();
	}

	private static Worksheet sheet(Workbook workbook, MessageSource messages, Locale locale, String name, String title) {
		Worksheet sheet = workbook.newWorksheet(messages.getMessage(name, null, locale));
		sheet.inlineString(0, 0, CellText.safe(title));
		sheet.inlineString(1, 0, messages.getMessage("proposal.figures.column.unit", null, locale));
		for (int c = 0; c < COLUMNS.size(); c++) {
			sheet.inlineString(1, c + 1, messages.getMessage("proposal.figures.column." + COLUMNS.get(c), null, locale));
		}
		sheet.range(1, 0, 1, COLUMNS.size()).style().bold().set();
		sheet.width(0, 24);
		sheet.freezePane(1, 2);
		return sheet;
	}

	private static void line(Worksheet sheet, int row, String name, FigureCounts counts) {
		sheet.inlineString(row, 0, CellText.safe(name));
		long[] n = counts.columns();
		for (int i = 0; i < n.length; i++) {
			sheet.value(row, i + 1, n[i]);
		}
		if (counts.averageProgress() != null) {
			sheet.value(row, n.length + 1, counts.averageProgress());
		}
	}

}
