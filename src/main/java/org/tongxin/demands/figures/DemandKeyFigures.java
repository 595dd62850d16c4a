package org.tongxin.demands.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.figures.KeyFigure;
import org.tongxin.shared.figures.KeyFigures;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * The home page's demand figures: this year's demands of the actor's unit (and its subtree for a
 * town officer), as the figures page counts them: received, answered on time, overdue, satisfied.
 */
@Component
class DemandKeyFigures extends KeyFigures {

	private final DemandFigureReport report;

	private final Clock clock;

	DemandKeyFigures(DemandFigureReport report, Clock clock) {
		super(20, "demands", Privilege.DEMAND_VIEW);
		this.report = report;
		this.clock = clock;
	}

	@Override
	protected List<KeyFigure> figures(Actor actor) {
		FigureQuestion thisYear = FigureQuestion.parse(null, null, null, null, null, OfficeTime.today(clock));
		FigureCounts year = report.total(actor, thisYear);
		String page = "/demands/figures";
		return List.of(KeyFigure.count("demand.home.received", year.received(), page),
				KeyFigure.percent("demand.home.onTime", percent(year.answeredOnTime(), year.answered()), page),
				KeyFigure.count("demand.home.overdue", year.overdue(), page),
				KeyFigure.percent("demand.home.satisfied", year.satisfactionRate(), page));
	}

	private static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
