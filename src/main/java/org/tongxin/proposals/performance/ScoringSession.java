package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A session (届次) with its dates, the points of every item, and its version for the next change. */
public record ScoringSession(long id, String name, LocalDate startsOn, LocalDate endsOn, long version,
		Map<ScoreItem, BigDecimal> points) {

	public BigDecimal pointsOf(ScoreItem item) {
		return points.getOrDefault(item, item.defaultPoints());
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

}
