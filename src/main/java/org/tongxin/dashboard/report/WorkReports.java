package org.tongxin.dashboard.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tongxin.dashboard.internal.Dashboard;
import org.tongxin.dashboard.internal.PeriodChoice;
import org.tongxin.shared.figures.DashboardFigure;
import org.tongxin.shared.figures.FigureText;
import org.tongxin.shared.figures.ReportSentence;
import org.tongxin.shared.figures.SectionFigures;
import org.tongxin.shared.figures.WorkAction;
import org.tongxin.shared.security.Actor;

/**
 * Writes the work report from the dashboard's sections: every figure comes from the records, as
 * the dashboard shows it, and the text of each section is its sentences with those figures. An
 * officer's edited text replaces a section's; {@link #changes} compares the figures the text was
 * written from with today's.
 */
@Service
public class WorkReports {

	private final Dashboard dashboard;

	private final MessageSource messages;

	WorkReports(Dashboard dashboard, MessageSource messages) {
		this.dashboard = dashboard;
		this.messages = messages;
	}

	/** The report as generated now (edited texts, by module, replace the generated ones where given). */
	public WorkReport generate(Actor actor, Dashboard.Asked asked, Map<String, String> editedTexts, Locale locale) {
		PeriodChoice choice = asked.choice();
		String period = periodPhrase(choice, locale);
		String end = day(choice, locale);
		Map<WorkAction, List<WorkReport.Section>> byAction = new LinkedHashMap<>();
		for (SectionFigures figures : dashboard.all(actor, asked)) {
			List<WorkReport.Row> rows = new ArrayList<>();
			Map<String, String> snapshot = new LinkedHashMap<>();
			for (DashboardFigure f : figures.figures()) {
				String value = FigureText.of(f.kind(), f.value(), locale);
				rows.add(new WorkReport.Row(f.label(), msg(f.label(), locale), value,
						FigureText.of(f.kind(), f.previous(), locale), FigureText.of(f.kind(), f.lastYear(), locale), f.link()));
				snapshot.put(f.label(), value);
			}
			StringBuilder text = new StringBuilder();
			for (ReportSentence sentence : figures.sentences()) {
				List<Object> args = new ArrayList<>(List.of(period, end));
				sentence.figureLabels().forEach(label -> args.add(snapshot.get(label)));
				text.append(messages.getMessage(sentence.code(), args.toArray(), locale));
			}
			String edited = editedTexts.get(figures.module());
			WorkReport.Section section = new WorkReport.Section(figures.module(), msg(figures.title(), locale),
					edited != null ? edited : text.toString(), rows, figures, snapshot);
			byAction.computeIfAbsent(figures.action(), a -> new ArrayList<>()).add(section);
		}
		List<WorkReport.Part> parts = new ArrayList<>();
		byAction.forEach((action, sections) -> parts.add(new WorkReport.Part(action,
				messages.getMessage("report.work.actionHeading", new Object[] { number(parts.size() + 1, locale),
						msg("figures.action." + action.name(), locale) }, locale), sections)));
		String title = messages.getMessage("report.work.documentTitle", new Object[] { asked.unit().name(),
				periodTitle(choice, locale) }, locale);
		String subtitle = messages.getMessage("report.work.subtitle", new Object[] { choice.period().from(),
				choice.period().to() }, locale);
		return new WorkReport(asked.unit().code(), asked.unit().name(), choice, title, subtitle, parts);
	}

	/**
	 * The figures that are not what the texts were written from: for each section, the values of
	 * the snapshot sent with the texts against the report's values now (a figure absent from the
	 * snapshot is not compared).
	 */
	public List<WorkReport.Change> changes(WorkReport now, Map<String, Map<String, String>> snapshots) {
		List<WorkReport.Change> changes = new ArrayList<>();
		for (WorkReport.Section section : now.sections()) {
			Map<String, String> then = snapshots.get(section.module());
			if (then == null) {
				continue;
			}
			for (WorkReport.Row row : section.rows()) {
				String before = then.get(row.label());
				if (before != null && !before.equals(row.value())) {
					changes.add(new WorkReport.Change(section.module(), row.name(), before, row.value()));
				}
			}
		}
		return changes;
	}

	private String periodPhrase(PeriodChoice c, Locale locale) {
		if (c.toDate()) {
			// a period under way is not yet "全年"
			return messages.getMessage("report.period.CUSTOM", new Object[] { c.period().from(), c.period().to() }, locale);
		}
		return switch (c.kind()) {
			case YEAR -> msg("report.period.YEAR", locale);
			case QUARTER -> messages.getMessage("report.period.QUARTER",
					new Object[] { (c.period().from().getMonthValue() + 2) / 3 }, locale);
			case MONTH -> messages.getMessage("report.period.MONTH", new Object[] { c.period().from().getMonthValue() },
					locale);
			case CUSTOM -> messages.getMessage("report.period.CUSTOM", new Object[] { c.period().from(), c.period().to() },
					locale);
		};
	}

	private String periodTitle(PeriodChoice c, Locale locale) {
		int year = c.period().from().getYear();
		return switch (c.kind()) {
			case YEAR -> messages.getMessage("report.title.YEAR", new Object[] { String.valueOf(year) }, locale);
			case QUARTER -> messages.getMessage("report.title.QUARTER",
					new Object[] { String.valueOf(year), (c.period().from().getMonthValue() + 2) / 3 }, locale);
			case MONTH -> messages.getMessage("report.title.MONTH",
					new Object[] { String.valueOf(year), c.period().from().getMonthValue() }, locale);
			case CUSTOM -> messages.getMessage("report.period.CUSTOM", new Object[] { c.period().from(), c.period().to() },
					locale);
		};
	}

	private static String day(PeriodChoice c, Locale locale) {
		return c.period().to().format("zh".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("yyyy年M月d日")
				: DateTimeFormatter.ISO_LOCAL_DATE);
	}

	/** A part's number as reports write it: 一、二、三 in Chinese, 1. 2. 3. otherwise. */
	private static String number(int n, Locale locale) {
		return "zh".equals(locale.getLanguage()) ? org.tongxin.shared.figures.ChineseNumerals.of(n) : String.valueOf(n);
	}

	private String msg(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

}
