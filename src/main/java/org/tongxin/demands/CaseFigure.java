package org.tongxin.demands;

/**
 * The demand figures, each as the cases it counts: of the cases received (submitted) in a period
 * and arising in a unit's subtree, those that were accepted, answered, answered on time and so on.
 * The figures count with these predicates, and the case list filters with the same ones
 * ({@code figure=…}), so that a figure's link lists exactly the cases it counts. SQL text is fixed
 * here (the case table is {@code c}, today's office date {@code :today}); values are bound.
 */
public enum CaseFigure {

	RECEIVED("true"),
	ACCEPTED("c.accepted_at is not null"),
	DECLINED("c.status = 'DECLINED'"),
	ANSWERED("c.answered_at is not null"),
	ANSWERED_ON_TIME("c.answered_at is not null and not c.ever_late"),
	OVERDUE("(c.ever_late or (c.status = 'SUBMITTED' and c.accept_due < :today)"
			+ " or (c.status = 'HANDLING' and c.due_date < :today))"),
	CLOSED("c.status = 'CLOSED'"),
	RATED("c.rating is not null"),
	SATISFIED("c.rating in ('SATISFIED', 'BASIC')"),
	REOPENED("c.reopened_count > 0"),
	ENTERPRISE("c.enterprise_id is not null"),
	ENTERPRISE_SOLVED("c.enterprise_id is not null and c.status = 'CLOSED'");

	private final String predicate;

	CaseFigure(String predicate) {
		this.predicate = predicate;
	}

	/** The condition a case of the cohort meets to count (fixed SQL over {@code demands_case c}). */
	public String predicate() {
		return predicate;
	}

}
