package org.tongxin.demands.figures;

import static org.tongxin.shared.figures.DashboardFigure.count;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.demands.CaseFigure;
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
 * The dashboard's enterprise difficulties (the service stations, under the bridge action):
 * difficulties reported, solved, and the amounts raised for the enterprises, exact in yuan.
 */
@Component
class DifficultyDashboardSection extends DashboardSection {

	private final DemandSectionData data;

	private final DemandFigureReport report;

	DifficultyDashboardSection(DemandSectionData data, DemandFigureReport report) {
		super(10, "difficulties", WorkAction.BRIDGE, Privilege.DEMAND_VIEW);
		this.data = data;
		this.report = report;
	}

	@Override
	public SectionFigures figures(Actor actor, DashboardQuestion q) {
		DemandSectionData.Data read = data.of(actor, q);
		DemandFigureReport.ChildFigures now = read.now();
		FigureCounts before = read.before();
		FigureCounts yearAgo = read.yearAgo();
		String solved = DemandDashboardSection.cases(now.unitCode(), q.period(), CaseFigure.ENTERPRISE_SOLVED);
		List<DashboardFigure> figures = List.of(
				DashboardFigure.of("demand.dashboard.enterpriseReceived", Kind.COUNT, c -> count(c.enterpriseReceived()),
						now.total(), before, yearAgo,
						DemandDashboardSection.cases(now.unitCode(), q.period(), CaseFigure.ENTERPRISE)),
				DashboardFigure.of("demand.dashboard.enterpriseSolved", Kind.COUNT, c -> count(c.enterpriseSolved()),
						now.total(), before, yearAgo, solved),
				DashboardFigure.of("demand.dashboard.enterpriseAmount", Kind.AMOUNT, DemandDashboardSection::amount,
						now.total(), before, yearAgo, solved));
		List<DashboardSeries.Point> units = now.byChildUnit().stream()
			.map(u -> new DashboardSeries.Point(u.name(), count(u.counts().enterpriseSolved()),
					DemandDashboardSection.cases(u.code(), q.period(), CaseFigure.ENTERPRISE_SOLVED)))
			.toList();
		return new SectionFigures(module(), action(), "demand.dashboard.difficulties", figures,
				DashboardSeries.months("demand.dashboard.enterpriseSolved", Kind.COUNT, q.trendMonths(),
						m -> count(read.month(m).enterpriseSolved()),
						m -> DemandDashboardSection.cases(now.unitCode(), m, CaseFigure.ENTERPRISE_SOLVED)),
				new DashboardSeries("demand.dashboard.enterpriseSolved", Kind.COUNT, units),
				List.of(ReportSentence.of("demand.report.difficulties", "demand.dashboard.enterpriseReceived",
						"demand.dashboard.enterpriseSolved", "demand.dashboard.enterpriseAmount")),
				report.typicalCases(actor, DemandDashboardSection.question(now.unitCode(), q.period()), true));
	}

}
