package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * Staff edited a report's text for reporting upward (the submitted text stays).
 */
public record ReportEdited(long reportId, Instant at, long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.report(reportId);
	}

}
