package org.tongxin.members.importing;

import java.util.EnumMap;
import java.util.List;

/**
 * One non-blank row of the sheet: its number as Excel shows it, the text of each column (dates
 * already in ISO form) and the problems found while reading cells (formulas, numbers that lost
 * digits), which the rules cannot see.
 */
record SheetRow(int number, EnumMap<ImportColumn, String> values, List<RowProblem> cellProblems) {

	String value(ImportColumn column) {
		return values.get(column);
	}

}
