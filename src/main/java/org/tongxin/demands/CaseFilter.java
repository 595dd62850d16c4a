package org.tongxin.demands;

import java.time.LocalDate;

/**
 * The case list's filters, all optional: text (case number or words of the title), status,
 * category, a unit (cases arising in or handled by its subtree), only overdue ones, and a
 * submission period in office dates, an enterprise (its difficulties).
 */
public record CaseFilter(String text, DemandStatus status, Long categoryId, String unitCode, boolean overdue,
		LocalDate from, LocalDate to, Long enterpriseId) {

}
