package org.tongxin.demands;

import java.time.LocalDate;

/**
 * The case list's filters, all optional: text (case number or words of the title), status,
 * category, a unit (cases arising in or handled by its subtree), only overdue ones, and a
 * submission period in office dates, an enterprise (its difficulties). {@code figure}: only the
 * cases a demand figure counts, as the figures count them (the unit is then where cases arise, not
 * where they are handled), so that a figure links to exactly its cases.
 */
public record CaseFilter(String text, DemandStatus status, Long categoryId, String unitCode, boolean overdue,
		LocalDate from, LocalDate to, Long enterpriseId, CaseFigure figure) {

}
