package org.tongxin.proposals.events;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A decision of the district party committee or government (issuer PARTY_COMMITTEE, GOVERNMENT or
 * JOINT) was recorded. A decision itself waits for nobody: its results do.
 */
public record DecisionRecorded(long decisionId, String issuer, LocalDate decidedOn, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.decision(decisionId);
	}

}
