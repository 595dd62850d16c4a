package org.tongxin.demands.figures;

import static org.tongxin.shared.figures.DashboardFigure.count;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.demands.CaseFigure;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.figures.DashboardFigure;
import org.tongxin.shared.figures.DashboardFigure.Kind;
import org.tongxin.shared.figures.DashboardQuestion;
import org.tongxin.shared.figures.DashboardSection;
import org.tongxin.shared.figures.DashboardSeries;
import org.tongxin.shared.figures.ReportSentence;
import org.tongxin.shared.figures.SectionFigures;
import org.tongxin.shared.figures.WorkAction;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The dashboard's demands (zero distance and full response, under the root action): received,
 * answered on time, overdue, satisfaction and reopened, counted as the figures page counts them
 * (cases by the unit where they arise), with the trend of cases received and the towns' share.
 */
@Component
class DemandDashboardSection extends DashboardSection {

	private final DemandSectionData data;

	private final DemandFigureReport report;

	DemandDashboardSection(DemandSectionData data, DemandFigureReport report) {
		super(20, "demands", WorkAction.ROOT, Privilege.DEMAND_VIEW);
		this.data = data;
		this.report = report;
	}

	@Override
	public SectionFigures figures(Actor actor, DashboardQuestion q) {
		DemandSectionData.Data read = data.of(actor, q);
		DemandFigureReport.ChildFigures now = read.now();
		FigureCounts before = read.before();
		FigureCounts yearAgo = read.yearAgo();
		String unit = now.unitCode();
		// a count links to its cases; a rate to the cases it is a rate of (answered, rated)
		List<DashboardFigure> figures = List.of(
				DashboardFigure.of("demand.dashboard.received", Kind.COUNT, c -> count(c.received()), now.total(), before,
						yearAgo, cases(unit, q.period(), CaseFigure.RECEIVED)),
				DashboardFigure.of("demand.dashboard.onTime", Kind.PERCENT,
						c -> FigureCounts.rate(c.answeredOnTime(), c.answered()), now.total(), before, yearAgo,
						cases(unit, q.period(), CaseFigure.ANSWERED)),
				DashboardFigure.of("demand.dashboard.overdue", Kind.COUNT, c -> count(c.overdue()), now.total(), before,
						yearAgo, cases(unit, q.period(), CaseFigure.OVERDUE)),
				DashboardFigure.of("demand.dashboard.satisfied", Kind.PERCENT, FigureCounts::satisfactionRate, now.total(),
						before, yearAgo, cases(unit, q.period(), CaseFigure.RATED)),
				DashboardFigure.of("demand.dashboard.reopened", Kind.COUNT, c -> count(c.reopened()), now.total(), before,
						yearAgo, cases(unit, q.period(), CaseFigure.REOPENED)));
		List<DashboardSeries.Point> units = now.byChildUnit().stream()
			.map(u -> new DashboardSeries.Point(u.name(), count(u.counts().received()),
					cases(u.code(), q.period(), CaseFigure.RECEIVED)))
			.toList();
		return new SectionFigures(module(), action(), "demand.dashboard.title", figures,
				DashboardSeries.months("demand.dashboard.received", Kind.COUNT, q.trendMonths(),
						m -> count(read.month(m).received()),
						m -> cases(now.unitCode(), m, CaseFigure.RECEIVED)),
				new DashboardSeries("demand.dashboard.received", Kind.COUNT, units),
				List.of(ReportSentence.of("demand.report.sentence", "demand.dashboard.received", "demand.dashboard.onTime",
						"demand.dashboard.satisfied", "demand.dashboard.overdue", "demand.dashboard.reopened")),
				report.typicalCases(actor, question(unit, q.period()), false));
	}

	static FigureQuestion question(String unitCode, Period period) {
		return DemandSectionData.question(unitCode, period);
	}

	/** The case list of exactly the cases a figure counts: arising in the unit's subtree, received in the period. */
	static String cases(String unitCode, Period period, CaseFigure figure) {
		return "/demands?unit=" + unitCode + "&" + DashboardQuestion.range(period) + "&figure=" + figure.name();
	}

	static BigDecimal amount(FigureCounts c) {
		return c.enterpriseAmount();
	}

}
