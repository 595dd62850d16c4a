package org.tongxin.proposals.performance;

import static org.tongxin.shared.figures.DashboardFigure.count;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
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
 * The dashboard's 建言献策 (under the soul action): proposals and opinion reports submitted, reports
 * adopted and instructed by leaders at any level, decisions they became, and the decisions' average
 * progress, counted as the figures page counts them; the trend and the towns' share are of the
 * proposals submitted.
 */
@Component
class ProposalDashboardSection extends DashboardSection {

	private final ProposalFigureReport report;

	ProposalDashboardSection(ProposalFigureReport report) {
		super(10, "proposals", WorkAction.SOUL, Privilege.PROPOSAL_VIEW);
		this.report = report;
	}

	@Override
	public SectionFigures figures(Actor actor, DashboardQuestion q) {
		ProposalFigureReport.Compared read = report.compared(actor, q.unitCode(), q.period(), q.previous());
		ProposalFigures now = read.now();
		FigureCounts before = read.before();
		FigureCounts yearAgo = q.lastYearIsPrevious() ? before : figures(actor, now.unitCode(), q.lastYear()).total();
		Map<LocalDate, Long> months = report.submittedByMonth(actor, now.unitCode(), q.trendSpan());
		String unit = now.unitCode();
		String figuresPage = link(unit, q.period());
		// the lists show a viewer of the whole network every record; a narrower viewer sees fewer than
		// the figures count, so the figures page it is
		boolean lists = actor.scope() == org.tongxin.shared.security.DataScope.ALL;
		// submissions link to the lists of exactly what they count; adoptions, instructions and decisions
		// (counted as events, not as records) to the figures page of the same unit and period
		List<DashboardFigure> figures = List.of(
				DashboardFigure.of("proposal.dashboard.proposals", Kind.COUNT, c -> count(c.proposalsSubmitted()),
						now.total(), before, yearAgo, lists ? list("/proposals", unit, q.period()) : figuresPage),
				DashboardFigure.of("proposal.dashboard.reports", Kind.COUNT, c -> count(c.reportsSubmitted()), now.total(),
						before, yearAgo, lists ? list("/reports", unit, q.period()) : figuresPage),
				DashboardFigure.of("proposal.dashboard.adopted", Kind.COUNT, c -> count(adopted(c)), now.total(), before,
						yearAgo, figuresPage),
				DashboardFigure.of("proposal.dashboard.instructed", Kind.COUNT, c -> count(instructed(c)), now.total(),
						before, yearAgo, figuresPage),
				DashboardFigure.of("proposal.dashboard.decisions", Kind.COUNT, c -> count(c.decisions()), now.total(),
						before, yearAgo, figuresPage),
				DashboardFigure.of("proposal.dashboard.progress", Kind.PERCENT, FigureCounts::averageProgress, now.total(),
						before, yearAgo, figuresPage));
		List<DashboardSeries.Point> units = now.byChildUnit().stream()
			.map(r -> new DashboardSeries.Point(r.name(), count(r.counts().proposalsSubmitted()),
					lists ? list("/proposals", r.code(), q.period()) : link(r.code(), q.period())))
			.toList();
		return new SectionFigures(module(), action(), "proposal.dashboard.title", figures,
				DashboardSeries.months("proposal.dashboard.proposals", Kind.COUNT, q.trendMonths(),
						m -> count(months.getOrDefault(m.from(), 0L)),
						m -> lists ? list("/proposals", now.unitCode(), m) : link(now.unitCode(), m)),
				new DashboardSeries("proposal.dashboard.proposals", Kind.COUNT, units),
				List.of(ReportSentence.of("proposal.report.sentence", "proposal.dashboard.proposals",
						"proposal.dashboard.reports", "proposal.dashboard.adopted", "proposal.dashboard.instructed",
						"proposal.dashboard.decisions", "proposal.dashboard.progress")),
				report.typicalCases(actor, now.unitCode(), q.period()));
	}

	private ProposalFigures figures(Actor actor, String unitCode, Period period) {
		return report.figures(actor, unitCode, null, period.from().toString(), period.to().toString());
	}

	private static long adopted(FigureCounts c) {
		return c.adoptedDistrict() + c.adoptedCity() + c.adoptedProvince() + c.adoptedNational();
	}

	private static long instructed(FigureCounts c) {
		return c.instructedDistrict() + c.instructedCity() + c.instructedProvince() + c.instructedNational();
	}

	/** A list (proposals or reports) of exactly the records submitted in the period by the unit's subtree. */
	private static String list(String path, String unitCode, Period period) {
		return path + "?unit=" + unitCode + "&" + DashboardQuestion.range(period);
	}

	private static String link(String unitCode, Period period) {
		return "/proposal-figures?unit=" + unitCode + "&" + DashboardQuestion.range(period);
	}

}
