package org.tongxin.demands.figures;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.figures.DashboardQuestion;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.RequestMemo;

/**
 * What the dashboard's two demand sections (demands, enterprise difficulties) read, in four
 * statements at most: the period's figures by child unit, the totals of the period before and of a
 * year earlier (once when they are the same period), and the trend's months in one statement. Read
 * once per request: the API and the work report ask for both sections.
 */
@Component
class DemandSectionData {

	/** The figures of the question, its two comparisons and the trend's totals by month. */
	record Data(DemandFigureReport.ChildFigures now, FigureCounts before, FigureCounts yearAgo, Map<LocalDate, FigureCounts> months) {

		FigureCounts month(Period month) {
			return months.getOrDefault(month.from(), FigureCounts.NONE);
		}

	}

	private final DemandFigureReport report;

	DemandSectionData(DemandFigureReport report) {
		this.report = report;
	}

	Data of(Actor actor, DashboardQuestion q) {
		return RequestMemo.of("demands:" + actor.userId() + ":" + q, () -> read(actor, q));
	}

	private Data read(Actor actor, DashboardQuestion q) {
		DemandFigureReport.ChildFigures now = report.byChildUnit(actor, question(q.unitCode(), q.period()));
		FigureCounts before = report.total(actor, question(now.unitCode(), q.previous()));
		FigureCounts yearAgo = q.lastYearIsPrevious() ? before : report.total(actor, question(now.unitCode(), q.lastYear()));
		return new Data(now, before, yearAgo, report.monthly(actor, question(now.unitCode(), q.trendSpan())));
	}

	static FigureQuestion question(String unitCode, Period period) {
		return new FigureQuestion(unitCode, period.from(), period.to(), FigureBasis.ARISING);
	}

}
