package org.tongxin.proposals.reports;

import java.util.Locale;

/** A report's category (经济发展, 社会民生 …): its code and its names in both languages. */
public record ReportCategory(String code, String nameZh, String nameEn) {

	/** A category known by its code alone (a report not read back yet). */
	static ReportCategory of(String code) {
		return new ReportCategory(code, null, null);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
