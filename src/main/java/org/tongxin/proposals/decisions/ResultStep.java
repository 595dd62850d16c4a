package org.tongxin.proposals.decisions;

/**
 * The steps of an implementation result, each a dated update of its progress, as {@link Result#STEPS}
 * allows them status by status. Refusals read {@code decision.result.state.<step>}.
 */
public enum ResultStep {

	/** Progress below 100 on an open result. */
	UPDATE,
	/** Progress 100: completed on the day (a completed result reported at 100 again keeps its date). */
	COMPLETE,
	/** Progress below 100 on a completed result: open again, its completion date cleared. */
	REOPEN

}
