package org.tongxin.demands.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongxin.demands.CaseFigure;

/**
 * The three branches of the figures statement are added up column by column (UNION ALL): each must
 * give one count per {@link CaseFigure} and the amount, in that order, or a new figure would shift
 * the columns of the month sums and the open cases.
 */
class FiguresQueryColumnsTest {

	@Test
	void everyBranchHasOneColumnPerFigureAndTheAmount() {
		int expected = CaseFigure.values().length + 1;
		assertThat(FiguresQuery.COUNT_COLUMNS).isEqualTo(CaseFigure.values().length);
		assertThat(columns(FiguresQuery.CASE_COUNTS)).isEqualTo(expected);
		assertThat(columns(FiguresQuery.MONTH_COUNTS)).isEqualTo(expected);
		assertThat(columns(FiguresQuery.LATE_NOW_COUNTS)).isEqualTo(expected);
	}

	/** Comma-separated expressions at the top level (commas inside parentheses or quotes are not separators). */
	private static int columns(String select) {
		int depth = 0;
		int columns = 1;
		boolean quoted = false;
		for (char c : select.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				columns++;
			}
		}
		return columns;
	}

}
