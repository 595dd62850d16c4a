package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * Staff declined a report (不予采用), with a reason: final.
 */
public record ReportDeclined(long reportId, long reporterUnitId, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.report(reportId);
	}

}
