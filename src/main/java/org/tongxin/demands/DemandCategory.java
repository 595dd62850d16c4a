package org.tongxin.demands;

import java.util.Locale;

/**
 * A kind of demand with its time limits in working days: to accept after submission, to answer
 * after acceptance and after a reopening, and the yellow-warning threshold. {@code withAmount}:
 * enterprise difficulties, where the money involved (funds raised, loans arranged) is recorded.
 */
public record DemandCategory(long id, String code, String nameZh, String nameEn, int acceptDays, int answerDays,
		int reopenDays, int warnDays, boolean withAmount, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
