package org.tongxin.demands.internal;

/**
 * Attention from above: the superior unit a late step was escalated to by the sweep, with the mark
 * of that step ({@code STATUS#round}, so it escalates once), and whether a leader supervises the
 * case (督办). An escalation ends with the step it concerns; supervision stays.
 */
public record Escalation(String mark, Long unitId, String unitPath, boolean supervised) {

	static final Escalation NONE = new Escalation(null, null, null, false);

	/** The next step starts without the escalation of the last one. */
	Escalation ended() {
		return new Escalation(null, null, null, supervised);
	}

	Escalation withSupervision() {
		return new Escalation(mark, unitId, unitPath, true);
	}

}
