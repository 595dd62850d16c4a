package org.tongxin.demands;

import java.util.Locale;

/**
 * A kind of demand with its time limits in working days: to accept after submission, to answer
 * after acceptance and after a reopening, and the yellow-warning threshold. {@code withAmount}:
 * enterprise difficulties, where the money involved (funds raised, loans arranged) is recorded.
 */
public record DemandCategory(long id, String code, String nameZh, String nameEn, int acceptDays, int answerDays,
		int reopenDays, int warnDays, boolean withAmount, boolean active) {

	/**
	 * The yellow threshold of a step's clock. Accepting takes a day or two, so its clock turns yellow
	 * only on the last working day before the deadline; answering uses the category's threshold.
	 */
	public int warnDaysFor(DemandStatus status) {
		return status == DemandStatus.SUBMITTED ? Math.min(warnDays, 1) : warnDays;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
