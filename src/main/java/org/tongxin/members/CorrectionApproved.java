package org.tongxin.members;

import java.time.Instant;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/** A reviewer approved a correction: its values were applied to the person. */
public record CorrectionApproved(long correctionId, long personId, Instant at, long actorUserId)
		implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return MemberRecords.correction(correctionId);
	}

}
