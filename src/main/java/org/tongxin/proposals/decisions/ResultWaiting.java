package org.tongxin.proposals.decisions;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.events.ProposalRecordTypes;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.QueriedWaitingWork;

/**
 * What an implementation result waits for: until it is complete, a progress update from its owner
 * unit's handlers (PROPOSAL_HANDLE whose domain holds the owner unit, as {@link ResultProgress}
 * lets them update), by its planned end date if it has one, and listed from its planned start (an
 * update before the start is refused). Decision managers, who may update any result, are not
 * handed every one. The item holds the result's own title and nothing of its decision's (whose
 * reference and title can be corrected by an edit that is no step of the result's), and leads to
 * the result on its decision's page. It waits since the last update (or the result's adding), or
 * since its start when that is later.
 */
@Component
class ResultWaiting extends QueriedWaitingWork {

	/** The yellow light comes on a week before the planned end. */
	static final int WARN_DAYS = 7;

	private final ResultStore results;

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = "select id from proposals_result where completed_on is null order by id";

	ResultWaiting(ResultStore results, JdbcClient jdbc) {
		super(ProposalRecordTypes.MODULE, ProposalRecordTypes.RESULT, jdbc, OPEN_IDS);
		this.results = results;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long resultId) {
		return results.find(resultId).map(ResultWaiting::waiting).orElse(List.of());
	}

	static List<WaitingItem> waiting(Result r) {
		if (r.status() == ResultStatus.COMPLETED) {
			return List.of();
		}
		WaitingItem update = WaitingItem.of("decision.waiting.update", null, r.title(),
				"/decisions/" + r.decisionId() + "#result-" + r.id(),
				Addressee.domain(Privilege.PROPOSAL_HANDLE, r.owner().unitId(), r.owner().unitPath()))
			.since(since(r));
		if (r.dueOn() != null) {
			update = update.due(r.dueOn(), r.dueOn().minusDays(WARN_DAYS));
		}
		return List.of(r.startsOn() == null ? update : update.listedFrom(r.startsOn()));
	}

	/** The next update is awaited since the last one (or the result's adding), and not before its start. */
	static Instant since(Result r) {
		if (r.startsOn() == null) {
			return r.updatedAt();
		}
		Instant start = OfficeTime.startOf(r.startsOn());
		return r.updatedAt() == null || start.isAfter(r.updatedAt()) ? start : r.updatedAt();
	}

}
