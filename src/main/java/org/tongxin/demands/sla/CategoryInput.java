package org.tongxin.demands.sla;

/**
 * A category as typed in the form or sent to the API, not yet checked: numbers as text so that
 * a typo such as abc is answered next to its field. {@code code} counts only when a category is added (it never
 * changes); a blank {@code sortOrder} puts a new category last and leaves an existing one in place.
 */
public record CategoryInput(String code, String nameZh, String nameEn, String acceptDays, String answerDays,
		String reopenDays, String warnDays, boolean withAmount, String sortOrder) {
}
