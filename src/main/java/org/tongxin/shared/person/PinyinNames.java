package org.tongxin.shared.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin forms of personal names, for sorting (the database collates by code point, which puts
 * Chinese names in an order nobody expects) and for searching by pinyin or initials.
 * Output is lower case without tones, ü written as v (吕 → lv) so keys stay ASCII.
 * A surname is read as a surname: pinyin4j's first reading of 曾 is "ceng", of 单 "dan", of 解
 * "jie", which is wrong for names; given-name characters take pinyin4j's first reading.
 */
public final class PinyinNames {

	// Checked before single surnames: 单于 would otherwise become shan + yu.
	private static final Map<String, List<String>> COMPOUND_SURNAMES = Map.of("尉迟", List.of("yu", "chi"), "万俟",
			List.of("mo", "qi"), "长孙", List.of("zhang", "sun"), "单于", List.of("chan", "yu"), "澹台",
			List.of("tan", "tai"));

	private static final Map<Character, String> SURNAMES = Map.ofEntries(Map.entry('曾', "zeng"),
			Map.entry('单', "shan"), Map.entry('解', "xie"), Map.entry('区', "ou"), Map.entry('仇', "qiu"),
			Map.entry('朴', "piao"), Map.entry('查', "zha"), Map.entry('乐', "yue"), Map.entry('覃', "qin"),
			Map.entry('翟', "zhai"), Map.entry('盖', "ge"), Map.entry('缪', "miao"), Map.entry('种', "chong"),
			Map.entry('句', "gou"), Map.entry('那', "na"), Map.entry('召', "shao"), Map.entry('长', "chang"),
			Map.entry('柏', "bai"), Map.entry('秘', "bi"), Map.entry('繁', "po"), Map.entry('员', "yun"),
			Map.entry('都', "du"), Map.entry('祭', "zhai"), Map.entry('洗', "xian"), Map.entry('折', "she"));

	// Separators between the parts of transcribed minority names (阿依古丽·买买提), in their usual spellings.
	private static final String NAME_SEPARATORS = "·•・‧．.";

	/** Readings looked up so far: pinyin4j formats its answer anew each time, and an import asks for the same characters a hundred thousand times. */
	private static final Map<Integer, String> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private PinyinNames() {
	}

	/** Full pinyin without spaces: 张三 → zhangsan, 阿依古丽·买买提 → ayiguliamaimaiti. */
	public static String sortKey(String name) {
		return String.join("", syllables(name));
	}

	/** First letter of each syllable: 张三 → zs. */
	public static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String syllable : syllables(name)) {
			initials.appendCodePoint(syllable.codePointAt(0));
		}
		return initials.toString();
	}

	/** Syllables separated by one space, for search: 张三 → zhang san. */
	public static String spaced(String name) {
		return String.join(" ", syllables(name));
	}

	/**
	 * The name as syllables: one per Chinese character, one per run of letters and digits;
	 * spaces and separators only end a run. Characters pinyin4j does not know pass through.
	 */
	static List<String> syllables(String name) {
		List<String> syllables = new ArrayList<>();
		if (name == null || name.isBlank()) {
			return syllables;
		}
		String rest = name.strip();
		// Transcribed minority names have no Han surname, so the surname table does not apply to them.
		boolean hanName = rest.chars().noneMatch(c -> NAME_SEPARATORS.indexOf(c) >= 0);
		if (hanName && rest.length() >= 2 && COMPOUND_SURNAMES.containsKey(rest.substring(0, 2))) {
			syllables.addAll(COMPOUND_SURNAMES.get(rest.substring(0, 2)));
			rest = rest.substring(2);
		}
		else if (hanName && SURNAMES.containsKey(rest.charAt(0))) {
			syllables.add(SURNAMES.get(rest.charAt(0)));
			rest = rest.substring(1);
		}
		StringBuilder run = new StringBuilder();
		rest.codePoints().forEach(codePoint -> {
			String reading = reading(codePoint);
			if (reading == null && Character.isLetterOrDigit(codePoint)) {
				run.appendCodePoint(Character.toLowerCase(codePoint));
				return;
			}
			flush(run, syllables);
			if (reading != null) {
				syllables.add(reading);
			}
		});
		flush(run, syllables);
		return syllables;
	}

	private static void flush(StringBuilder run, List<String> syllables) {
		if (!run.isEmpty()) {
			syllables.add(run.toString());
			run.setLength(0);
		}
	}

	/** pinyin4j's first reading, the character itself if it is Han without a known reading, else null. */
	private static String reading(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
			return null;
		}
		return READINGS.computeIfAbsent(codePoint, PinyinNames::lookUp);
	}

	private static String lookUp(int codePoint) {
		if (Character.isBmpCodePoint(codePoint)) {
			try {
				String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
				if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
					return readings[0].toLowerCase(Locale.ROOT);
				}
			}
			catch (BadHanyuPinyinOutputFormatCombination ex) {
				throw new IllegalStateException("the fixed output format is valid", ex);
			}
		}
		return Character.toString(codePoint);
	}

}
