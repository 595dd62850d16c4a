package org.tongxin.shared.figures;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A dashboard or report figure written out: a count with separators, a rate as 84.0%, an amount as
 * reports write it (50.32亿元), and "—" for nothing measured. One place, so that the page, the
 * report on screen and the Word document write every figure alike.
 */
public final class FigureText {

	private FigureText() {
	}

	public static String of(DashboardFigure.Kind kind, BigDecimal value, Locale locale) {
		if (value == null) {
			return "—";
		}
		return switch (kind) {
			case COUNT -> NumberFormat.getIntegerInstance(locale).format(value);
			case PERCENT -> value.toPlainString() + "%";
			case AMOUNT -> ReportAmounts.format(value, locale);
		};
	}

}
