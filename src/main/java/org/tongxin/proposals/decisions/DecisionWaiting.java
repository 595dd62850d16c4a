package org.tongxin.proposals.decisions;

import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import org.tongxin.proposals.events.ProposalRecordTypes;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.WaitingWorkSource;

/**
 * The inbox's answer for a decision's own events (DecisionRecorded, DecisionChanged): a decision
 * waits for nobody, whatever its state. The work a decision sets, updating its implementation
 * results, waits on the results ({@link ResultWaiting}), and linking proposals and reports to it is
 * done when staff choose, not awaited.
 */
@Component
class DecisionWaiting implements WaitingWorkSource {

	@Override
	public String module() {
		return ProposalRecordTypes.MODULE;
	}

	@Override
	public String type() {
		return ProposalRecordTypes.DECISION;
	}

	@Override
	public List<WaitingItem> waitingOn(long decisionId) {
		return List.of();
	}

	@Override
	public void forEachOpenRecord(LongConsumer decisionId) {
		// no decision is ever open for waiting work: nothing to read into the inbox
	}

}
