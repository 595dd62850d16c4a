package org.tongxin.shared.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.tongxin.shared.domain.Period;

/**
 * A chart's data: named points (a month, a unit) with their values and the records behind each,
 * for one figure of a section.
 *
 * @param label a message code naming what is counted ({@code demand.dashboard.received})
 */
public record DashboardSeries(String label, DashboardFigure.Kind kind, List<Point> points) {

	/** A trend: one point per month ({@code 2021-03}), its value and its records' link computed by the module. */
	public static DashboardSeries months(String label, DashboardFigure.Kind kind, List<Period> months,
			Function<Period, BigDecimal> value, Function<Period, String> link) {
		return new DashboardSeries(label, kind, months.stream()
			.map(m -> new Point(m.from().toString().substring(0, 7), value.apply(m), link.apply(m)))
			.toList());
	}

	/** One bar or point: its name as shown ({@code 2021-03}, 竹根镇), its value, and where its records are listed. */
	public record Point(String name, BigDecimal value, String link) {
	}

}
