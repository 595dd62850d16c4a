package org.tongxin.demands.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * The demand figures of one unit for one period, as the page, the API and the workbook show them.
 * {@code byChildUnit}: one row per active child unit, summed over its subtree; {@code atUnitItself}:
 * cases of the unit itself or of units below it that are no longer active children, so that the
 * rows always add up to {@code total}. {@code byCategory}: the total split by demand category.
 */
public record DemandFigures(String unitCode, String unitName, LocalDate from, LocalDate to, FigureBasis basis,
		FigureCounts total, List<UnitRow> byChildUnit, FigureCounts atUnitItself, List<CategoryRow> byCategory) {

	/** A direct child of the chosen unit and the figures of its subtree. */
	public record UnitRow(String code, String name, FigureCounts counts) {
	}

	/** A demand category (every one, zeros included) and the figures of its cases. */
	public record CategoryRow(String code, String name, FigureCounts counts) {
	}

}
