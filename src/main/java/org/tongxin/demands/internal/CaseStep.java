package org.tongxin.demands.internal;

/**
 * The steps of a case's workflow, as {@link DemandCase#STEPS} allows them status by status and the
 * page offers them (by name: {@code c.can('ACCEPT')}, the API's {@code steps}). Refusals read
 * {@code demand.state.<step>}.
 */
public enum CaseStep {

	/** Take the case up and send it to a handling unit and lead (受理并交办). */
	ACCEPT,
	/** Refuse to take it up, with the reason (不予受理). */
	DECLINE,
	/** Send it to another handling unit or lead (转办). */
	TRANSFER,
	/** Note progress in the history (办理进展). */
	PROGRESS,
	/** Answer the requester (答复). */
	ANSWER,
	/** The requester's rating of the answer (评价). */
	RATE,
	/** A leader's supervision note (督办). */
	SUPERVISE,
	/** Add photos or documents. */
	ATTACH

}
