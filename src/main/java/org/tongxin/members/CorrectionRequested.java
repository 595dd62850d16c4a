package org.tongxin.members;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A member asked for fields of their own profile to be corrected: it waits for review. */
public record CorrectionRequested(long correctionId, long personId, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.correction(correctionId);
	}

}
