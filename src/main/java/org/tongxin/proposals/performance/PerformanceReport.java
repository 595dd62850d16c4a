package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Duty performance for a period with the points of a session: members and democratic-party
 * organisations, each ranked by weighted score (equal scores share a rank).
 */
public record PerformanceReport(Long sessionId, String sessionName, LocalDate from, LocalDate to,
		Map<ScoreItem, BigDecimal> points, List<Line> members, List<Line> organisations) {

	/** One member's or organisation's counts per item and weighted score. */
	public record Line(int rank, long id, String name, Map<ScoreItem, Long> counts, BigDecimal score) {

		public long count(ScoreItem item) {
			return counts.getOrDefault(item, 0L);
		}

	}

}
