package org.tongxin.proposals.events;

import java.time.Instant;

import org.tongxin.proposals.SourceKind;
import org.tongxin.shared.workflow.RecordRef;
import org.tongxin.shared.workflow.WorkflowEvent;

/**
 * A proposal or report (kind, sourceId) was turned into a decision (转化为决策): an event of
 * the linked source.
 */
public record DecisionLinked(SourceKind kind, long sourceId, long decisionId, Instant at,
		long actorUserId) implements WorkflowEvent {

	@Override
	public RecordRef record() {
		return ProposalRecordTypes.source(kind, sourceId);
	}

}
