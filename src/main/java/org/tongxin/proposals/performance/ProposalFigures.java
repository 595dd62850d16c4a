package org.tongxin.proposals.performance;

import java.time.LocalDate;
import java.util.List;

/**
 * 建言献策统计 of a unit's subtree for a period: the total, one row per child unit (with what
 * belongs to the unit itself apart) and one row per democratic-party organisation with records.
 */
public record ProposalFigures(String unitCode, String unitName, LocalDate from, LocalDate to, FigureCounts total,
		List<Row> byChildUnit, FigureCounts atUnitItself, List<Row> byParty) {

	public record Row(String code, String name, FigureCounts counts) {
	}

}
