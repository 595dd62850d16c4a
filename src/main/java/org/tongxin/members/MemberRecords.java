package org.tongxin.members;

import org.tongxin.shared.workflow.RecordRef;

/**
 * How other modules refer to the registry's workflow records: a member's correction request
 * (record type "correction", the request's id) and a cultivation plan (record type "talent-plan",
 * the plan's id). Both belong to the module "members".
 */
public final class MemberRecords {

	public static final String MODULE = "members";

	public static final String CORRECTION = "correction";

	public static final String TALENT_PLAN = "talent-plan";

	private MemberRecords() {
	}

	public static RecordRef correction(long correctionId) {
		return new RecordRef(CORRECTION, correctionId);
	}

	public static RecordRef plan(long planId) {
		return new RecordRef(TALENT_PLAN, planId);
	}

}
