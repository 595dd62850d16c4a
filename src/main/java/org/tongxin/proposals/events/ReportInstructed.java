package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.proposals.Level;
import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A leader of a level gave a written instruction (批示) on a report on a date.
 */
public record ReportInstructed(long reportId, Level level, LocalDate instructedOn, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.report(reportId);
	}

}
