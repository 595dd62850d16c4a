package org.tongxin.demands.figures;

/**
 * Which unit a case counts for: where it arises (the unit whose officers accept it; the default),
 * or the unit it was assigned to for handling (cases not yet assigned have none and do not count).
 * Each names the stored path columns it filters and groups on, in demands_case and in
 * demands_figure_month: fixed SQL text, never user input.
 */
public enum FigureBasis {

	ARISING("c.unit_path", "s.unit_path"),
	HANDLING("c.handling_unit_path", "s.handling_path");

	private final String caseColumn;

	private final String monthColumn;

	FigureBasis(String caseColumn, String monthColumn) {
		this.caseColumn = caseColumn;
		this.monthColumn = monthColumn;
	}

	String caseColumn() {
		return caseColumn;
	}

	String monthColumn() {
		return monthColumn;
	}

}
