package org.tongxin.members.coverage;

import java.time.LocalDate;
import java.util.List;

import org.tongxin.members.coverage.CoverageFigures.SeatShare;
import org.tongxin.members.coverage.CoverageFigures.UnitCount;

/**
 * The registry's figures a dashboard shows, on one day, counted as {@link CoverageFigures} counts
 * them: the people and those without a liaison, by child unit (empty when not asked), the distinct
 * people in any current NPC or CPPCC seat, and the seat shares of the current sessions.
 */
public record CoverageSummary(String unitCode, LocalDate asOf, long total, long withoutLiaison,
		List<UnitCount> byChildUnit, long representatives, List<SeatShare> seatShares) {
}
