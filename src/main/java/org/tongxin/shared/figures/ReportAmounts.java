package org.tongxin.shared.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * An amount in yuan as reports write it: 50.32亿元 or 1,234.5万元 or 8,500元 (in English 5.03
 * billion yuan or 12.35 million yuan or 8,500 yuan), rounded half up to two decimals of the unit
 * with trailing zeros dropped. For reading only: the exact amount in yuan stays what the records
 * hold and what APIs and workbooks give. Templates call it as {@code ${@reportAmounts.text(a, #locale)}}.
 */
@Component("reportAmounts")
public class ReportAmounts {

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	/** The amount as reports write it; null reads as nothing ("—"). */
	public String text(BigDecimal yuan, Locale locale) {
		return format(yuan, locale);
	}

	public static String format(BigDecimal yuan, Locale locale) {
		if (yuan == null) {
			return "—";
		}
		boolean chinese = locale == null || "zh".equals(locale.getLanguage());
		BigDecimal size = yuan.abs();
		if (chinese) {
			if (size.compareTo(YI) >= 0) {
				return number(yuan.divide(YI)) + "亿元";
			}
			return size.compareTo(WAN) >= 0 ? number(yuan.divide(WAN)) + "万元" : number(yuan) + "元";
		}
		if (size.compareTo(BILLION) >= 0) {
			return number(yuan.divide(BILLION)) + " billion yuan";
		}
		return size.compareTo(MILLION) >= 0 ? number(yuan.divide(MILLION)) + " million yuan" : number(yuan) + " yuan";
	}

	/** Grouped by thousands, at most two decimals, none when they are zeros. */
	private static String number(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value.setScale(2, RoundingMode.HALF_UP));
	}

}
