package org.tongxin.demands;

/**
 * The warning light of a case's open clock (the accept deadline while it waits to be accepted, the
 * answer deadline while it is handled). Labels: {@code demand.sla.<NAME>}.
 */
public enum SlaLight {

	/** No clock runs: declined, answered, closed. */
	NONE,
	/** More working days remain than the category's warning threshold. */
	GREEN,
	/** The deadline is near: at most the category's warning days remain. */
	YELLOW,
	/** Due today. */
	RED,
	/** The deadline has passed with the step undone; the case escalates to the superior unit. */
	OVERDUE

}
