package org.tongxin.demands.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one row of the table (a child unit, a category, or the total): what was received in
 * the period and what became of it. {@code satisfactionRate} is satisfied / rated in percent with one
 * decimal, null when nothing was rated (shown as "—", not as 0%). {@code enterpriseAmount} is in yuan.
 */
public record FigureCounts(long received, long accepted, long declined, long answered, long answeredOnTime,
		long overdue, long closed, long rated, long satisfied, BigDecimal satisfactionRate, long reopened,
		long enterpriseReceived, long enterpriseSolved, BigDecimal enterpriseAmount) {

	static final FigureCounts NONE = new Tally().counts();

	/** Adds up rows of the grouped query; not thread-safe, lives for one request. */
	static final class Tally {

		private final long[] n = new long[12];

		private BigDecimal amount = BigDecimal.ZERO;

		void add(long[] counts, BigDecimal amountOfRow) {
			for (int i = 0; i < n.length; i++) {
				n[i] += counts[i];
			}
			amount = amount.add(amountOfRow);
		}

		void add(Tally other) {
			add(other.n, other.amount);
		}

		FigureCounts counts() {
			return new FigureCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], rate(n[8], n[7]), n[9],
					n[10], n[11], amount.setScale(2, RoundingMode.UNNECESSARY));
		}

	}

	/** {@code part} of {@code whole} in percent, one decimal; null when there is no whole. */
	static BigDecimal rate(long part, long whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
