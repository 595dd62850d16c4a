package org.tongxin.demands;

import org.tongxin.shared.workflow.RecordRef;

/** How other modules refer to demand cases: record type "demand", the case's id. */
public final class DemandRecords {

	public static final String MODULE = "demands";

	public static final String TYPE = "demand";

	private DemandRecords() {
	}

	public static RecordRef ref(long caseId) {
		return new RecordRef(TYPE, caseId);
	}

}
