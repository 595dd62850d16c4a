package org.tongxin.members.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberDraft;

/**
 * A sheet row as a draft in the form's terms: 男/女 as MALE/FEMALE, categories as codes (by code,
 * Chinese or English name, or a synonym the department keeps, as {@link MemberCategories#parse}), the usual ways of writing a date as ISO, the unit as the code the
 * resolver found. What cannot be understood is passed on as written, so the rules name it.
 * Empty cells are null: "not given", which an update keeps.
 */
final class RowDrafts {

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private final Map<String, String> genders = new HashMap<>();

	private final MemberCategories categories;

	RowDrafts(MessageSource messages, MemberCategories categories) {
		this.categories = categories;
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (String gender : List.of("MALE", "FEMALE")) {
				genders.put(messages.getMessage("member.gender." + gender, null, locale).toLowerCase(Locale.ROOT), gender);
			}
		}
	}

	MemberDraft draft(SheetRow row, String unitCode) {
		return new MemberDraft(row.value(ImportColumn.NAME), unitCode, gender(row.value(ImportColumn.GENDER)),
				date(row.value(ImportColumn.BIRTH_DATE)), row.value(ImportColumn.ETHNICITY),
				idNumber(row.value(ImportColumn.ID_NUMBER)), row.value(ImportColumn.PHONE),
				row.value(ImportColumn.EDUCATION), row.value(ImportColumn.WORK_UNIT), row.value(ImportColumn.POST),
				row.value(ImportColumn.POLITICAL_AFFILIATION), row.value(ImportColumn.RELIGION),
				row.value(ImportColumn.EXPERTISE), row.value(ImportColumn.AWARDS), row.value(ImportColumn.NOTES), null,
				categories(row.value(ImportColumn.CATEGORIES)), null);
	}

	private String gender(String text) {
		return text == null ? null : genders.getOrDefault(text.toLowerCase(Locale.ROOT), text);
	}

	/** ID numbers typed with a lower-case check letter or spaces. */
	private static String idNumber(String text) {
		return text == null ? null : text.replace(" ", "").toUpperCase(Locale.ROOT);
	}

	static String date(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = DATE.matcher(text);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(text);
		}
		if (!m.matches()) {
			return text;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
				.toString();
		}
		catch (java.time.DateTimeException ex) {
			return text;
		}
	}

	private Set<String> categories(String text) {
		return text == null ? null : categories.parse(text);
	}

}
