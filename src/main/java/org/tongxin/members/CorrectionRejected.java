package org.tongxin.members;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A reviewer turned a correction down, with a reason the member sees. */
public record CorrectionRejected(long correctionId, long personId, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.correction(correctionId);
	}

}
