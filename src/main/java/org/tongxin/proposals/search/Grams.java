package org.tongxin.proposals.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into the grams the index matches on: a run of Chinese characters gives each character
 * and each overlapping pair (Lucene's CJK bigrams, plus single characters so that a one-character
 * query still finds something); a run of Latin letters and digits gives the lower-cased word. A
 * query's grams are the pairs only (single characters for a run of one), so that every pair of the
 * query must occur in the text: "乡村振兴" (乡村, 村振, 振兴) finds "推进乡村振兴产业" and not
 * "乡村道路与振兴计划". Grams never hold a space, so they travel joined by spaces.
 */
final class Grams {

	private Grams() {
	}

	/** The grams of a record's text, for the index. */
	static Set<String> ofText(String text) {
		return cut(text, true);
	}

	/** The grams every hit must hold, for a query; empty when the query has no word at all. */
	static Set<String> ofQuery(String query) {
		return cut(query, false);
	}

	private static Set<String> cut(String text, boolean singles) {
		Set<String> grams = new LinkedHashSet<>();
		if (text == null) {
			return grams;
		}
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		int[] points = normal.codePoints().toArray();
		int i = 0;
		while (i < points.length) {
			int start = i;
			if (isChinese(points[i])) {
				while (i < points.length && isChinese(points[i])) {
					i++;
				}
				chinese(points, start, i, singles, grams);
			}
			else if (Character.isLetterOrDigit(points[i])) {
				while (i < points.length && Character.isLetterOrDigit(points[i]) && !isChinese(points[i])) {
					i++;
				}
				grams.add(new String(points, start, i - start));
			}
			else {
				i++;
			}
		}
		return grams;
	}

	private static void chinese(int[] points, int start, int end, boolean singles, Set<String> grams) {
		if (end - start == 1 || singles) {
			for (int k = start; k < end; k++) {
				grams.add(new String(points, k, 1));
			}
		}
		for (int k = start; k + 1 < end; k++) {
			grams.add(new String(points, k, 2));
		}
	}

	static boolean isChinese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

}
