package org.tongxin.shared.figures;

import java.math.BigDecimal;

/**
 * One figure a module puts in front of a user who opens the platform: a count or a rate of the
 * user's scope, computed from the records, linking to the records (or the figures page) behind it.
 *
 * @param label a message code of the module ({@code demand.home.overdue}: 超期未办结)
 * @param count the count, or null when the figure is a rate
 * @param percent the rate in percent (one decimal), or null when it is a count or nothing was measured
 * @param link where the figure's records are listed (a path inside the platform)
 */
public record KeyFigure(String label, Long count, BigDecimal percent, String link) {

	public KeyFigure {
		if (label == null || link == null || !link.startsWith("/")) {
			throw new IllegalArgumentException("a key figure needs its label and a link inside the platform");
		}
	}

	public static KeyFigure count(String label, long count, String link) {
		return new KeyFigure(label, count, null, link);
	}

	/** A rate; null when there was nothing to measure (shown as "—", never as 0%). */
	public static KeyFigure percent(String label, BigDecimal percent, String link) {
		return new KeyFigure(label, null, percent, link);
	}

	public boolean isRate() {
		return count == null;
	}

}
