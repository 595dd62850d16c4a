package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.proposals.Level;
import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A report was adopted (采用) at a level on a date.
 */
public record ReportAdopted(long reportId, Level level, LocalDate adoptedOn, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.report(reportId);
	}

}
