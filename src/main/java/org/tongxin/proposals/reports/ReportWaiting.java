package org.tongxin.proposals.reports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.proposals.events.ProposalRecordTypes;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.QueriedWaitingWork;

/**
 * What a public-opinion report waits for: once submitted, to be accepted or declined by a reviewer
 * who sees it ({@link ReportAccess}: PROPOSAL_REVIEW, and the reporter unit in the reviewer's
 * scope): the district-wide reviewers, and reviewers whose narrower scope holds the reporter unit.
 * It waits since its submission. An accepted report's forwards, adoptions and instructions are
 * recorded as they happen, not awaited.
 */
@Component
class ReportWaiting extends QueriedWaitingWork {

	private final ReportStore store;

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = "select id from proposals_report where status = 'SUBMITTED' order by id";

	ReportWaiting(ReportStore store, JdbcClient jdbc) {
		super(ProposalRecordTypes.MODULE, ProposalRecordTypes.REPORT, jdbc, OPEN_IDS);
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long reportId) {
		return store.find(reportId).map(ReportWaiting::waiting).orElse(List.of());
	}

	static List<WaitingItem> waiting(Report r) {
		if (r.status() != ReportStatus.SUBMITTED) {
			return List.of();
		}
		WaitingItem accept = WaitingItem.of("report.waiting.accept", r.reportNo(), r.text().currentTitle(), "/reports/" + r.id(),
				Addressee.deployment(Privilege.PROPOSAL_REVIEW)).since(r.submittedAt());
		return List.of(accept,
				accept.to(Addressee.domain(Privilege.PROPOSAL_REVIEW, r.reporter().unitId(), r.reporter().unitPath())));
	}

}
