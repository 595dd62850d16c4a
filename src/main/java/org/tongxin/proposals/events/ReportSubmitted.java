package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A public-opinion report was submitted in its reporter's name (reporterKind MEMBER or UNIT),
 * counted to the reporter's unit.
 */
public record ReportSubmitted(long reportId, String reporterKind, long reporterUnitId, String categoryCode,
		Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.report(reportId);
	}

}
