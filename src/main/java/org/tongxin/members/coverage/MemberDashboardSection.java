package org.tongxin.members.coverage;

import static org.tongxin.shared.figures.DashboardFigure.count;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * The dashboard's registry (the work network, under the root action), as the coverage page counts
 * it on the last day of each period: the people registered, those still without a liaison and the
 * share covered, the distinct NPC deputies and CPPCC members, and the non-party share of the seats
 * of the current CPPCC (two decimals, as reports write it; only where the department recorded the
 * session's total seats). The trend is of the people registered at each month's end.
 */
@Component
class MemberDashboardSection extends DashboardSection {

	private final MemberCoverage coverage;

	MemberDashboardSection(MemberCoverage coverage) {
		super(10, "members", WorkAction.ROOT, Privilege.MEMBER_VIEW);
		this.coverage = coverage;
	}

	@Override
	public SectionFigures figures(Actor actor, DashboardQuestion q) {
		List<Period> months = q.trendMonths();
		List<LocalDate> compared = List.of(q.to(), q.previous().to(), q.lastYear().to());
		MemberCoverage.CoverageDashboard read = coverage.dashboard(actor, q.unitCode(), compared,
				months.stream().map(Period::to).toList());
		CoverageSummary now = read.compared().get(0);
		CoverageSummary before = read.compared().get(1);
		CoverageSummary yearAgo = read.compared().get(2);
		String link = link(now.unitCode(), q.to());
		List<DashboardFigure> figures = List.of(
				DashboardFigure.of("member.dashboard.people", Kind.COUNT, f -> count(f.total()), now, before, yearAgo, link),
				// the member list shows people as they are now: it lists the figure only for a period up to today
				DashboardFigure.of("member.dashboard.withoutLiaison", Kind.COUNT, f -> count(f.withoutLiaison()), now, before,
						yearAgo, q.to().isBefore(coverage.today()) ? link
								: "/members?unit=" + now.unitCode() + "&liaison=NONE"),
				DashboardFigure.of("member.dashboard.covered", Kind.PERCENT, MemberDashboardSection::covered, now, before,
						yearAgo, link),
				DashboardFigure.of("member.dashboard.representatives", Kind.COUNT, f -> count(f.representatives()), now,
						before, yearAgo, link),
				DashboardFigure.of("member.dashboard.cppccShare", Kind.PERCENT, MemberDashboardSection::cppccShare, now,
						before, yearAgo, link));
		List<Long> people = read.monthEnds();
		List<DashboardSeries.Point> trend = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			LocalDate end = months.get(i).to();
			trend.add(new DashboardSeries.Point(end.toString().substring(0, 7), count(people.get(i)),
					link(now.unitCode(), end)));
		}
		List<DashboardSeries.Point> units = now.byChildUnit().stream()
			.map(u -> new DashboardSeries.Point(u.name(), count(u.count()), link(u.code(), q.to())))
			.toList();
		return new SectionFigures(module(), action(), "member.dashboard.title", figures,
				new DashboardSeries("member.dashboard.people", Kind.COUNT, trend),
				new DashboardSeries("member.dashboard.people", Kind.COUNT, units),
				List.of(ReportSentence.of("member.report.sentence", "member.dashboard.people",
						"member.dashboard.withoutLiaison", "member.dashboard.covered", "member.dashboard.representatives",
						"member.dashboard.cppccShare")));
	}

	/** People with a liaison of all people, one decimal; null without people. */
	private static BigDecimal covered(CoverageSummary f) {
		return f.total() == 0 ? null : CoverageFigures.percent(f.total() - f.withoutLiaison(), f.total());
	}

	/**
	 * The non-party share of the seats of the nearest current CPPCC (the district's own before the
	 * city's: shares come ordered from the national level down), or null where none is recorded.
	 */
	private static BigDecimal cppccShare(CoverageSummary f) {
		return f.seatShares().stream().filter(s -> "CPPCC".equals(s.kind())).map(CoverageFigures.SeatShare::percent)
			.reduce((higher, nearer) -> nearer).orElse(null);
	}

	private static String link(String unitCode, LocalDate day) {
		return "/members/coverage?unit=" + unitCode + "&date=" + day;
	}

}
