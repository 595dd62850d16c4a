package org.tongxin.proposals.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
		Set<String> grams = new LinkedHashSet<>();
		ofQueryWords(query).forEach(grams::addAll);
		return grams;
	}

	/**
	 * The query's grams word by word (a run of Chinese characters, or of letters and digits): the
	 * grams of one word occur together, those of different words more or less independently, which
	 * is how the search estimates how many records hold them all ({@link GramFrequencies}).
	 */
	static List<Set<String>> ofQueryWords(String query) {
		List<Set<String>> words = new ArrayList<>();
		cut(query, false, words);
		return words;
	}

	private static Set<String> cut(String text, boolean singles) {
		Set<String> grams = new LinkedHashSet<>();
		List<Set<String>> words = new ArrayList<>();
		cut(text, singles, words);
		words.forEach(grams::addAll);
		return grams;
	}

	private static void cut(String text, boolean singles, List<Set<String>> words) {
		if (text == null) {
			return;
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
				Set<String> grams = new LinkedHashSet<>();
				chinese(points, start, i, singles, grams);
				words.add(grams);
			}
			else if (Character.isLetterOrDigit(points[i])) {
				while (i < points.length && Character.isLetterOrDigit(points[i]) && !isChinese(points[i])) {
					i++;
				}
				words.add(new LinkedHashSet<>(Set.of(new String(points, start, i - start))));
			}
			else {
				i++;
			}
		}
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
