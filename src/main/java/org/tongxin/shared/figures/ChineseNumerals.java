package org.tongxin.shared.figures;

/** 1–99 in Chinese numerals, as sessions are named (第九届, 第二十一届) and reports number their parts (一、二、). */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	public static String of(int n) {
		if (n < 1 || n > 99) {
			return String.valueOf(n);
		}
		int tens = n / 10;
		int ones = n % 10;
		StringBuilder s = new StringBuilder();
		if (tens > 1) {
			s.append(DIGITS.charAt(tens));
		}
		if (tens > 0) {
			s.append('十');
		}
		if (ones > 0) {
			s.append(DIGITS.charAt(ones));
		}
		return s.toString();
	}

}
