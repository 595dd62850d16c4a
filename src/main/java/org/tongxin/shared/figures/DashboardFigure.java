package org.tongxin.shared.figures;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * One figure of a dashboard section: its value for the period asked, for the period before it and
 * for the same period a year earlier, each computed from the records, and where its records are
 * listed. A rate is in percent with one decimal and is null when there was nothing to measure
 * (shown as "—", never as 0%); an amount is in yuan, exact.
 *
 * @param label a message code of the module ({@code demand.dashboard.received}: 收到诉求)
 * @param link where the records behind the figure are listed, filtered (a path inside the platform)
 */
public record DashboardFigure(String label, Kind kind, BigDecimal value, BigDecimal previous, BigDecimal lastYear,
		String link) {

	public enum Kind {

		COUNT, PERCENT, AMOUNT

	}

	public DashboardFigure {
		if (label == null || kind == null || link == null || !link.startsWith("/")) {
			throw new IllegalArgumentException("a dashboard figure needs its label, kind and a link inside the platform");
		}
	}

	/** A figure read the same way from the three periods' figures of a module. */
	public static <T> DashboardFigure of(String label, Kind kind, Function<T, BigDecimal> read, T now, T before, T yearAgo,
			String link) {
		return new DashboardFigure(label, kind, read.apply(now), read.apply(before), read.apply(yearAgo), link);
	}

	/** A count as a figure value. */
	public static BigDecimal count(long n) {
		return BigDecimal.valueOf(n);
	}

}
