package org.tongxin.members.selfservice;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberRecords;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.QueriedWaitingWork;

/**
 * What a member's correction waits for: while pending, the review of the MEMBER_MANAGE holders
 * whose domain holds the person's unit (a town officer for the town and its villages, anyone else
 * for their own unit), as {@link CorrectionReview} lets them decide it, since it was requested. No
 * clock runs on a review.
 * Decided and withdrawn requests wait for nobody.
 */
@Component
class CorrectionWaiting extends QueriedWaitingWork {

	static final String KIND = "correction.waiting.review";

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = "select id from members_correction where status = 'PENDING' order by id";

	CorrectionWaiting(JdbcClient jdbc) {
		super(MemberRecords.MODULE, MemberRecords.CORRECTION, jdbc, OPEN_IDS);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long correctionId) {
		return jdbc().sql("""
				select p.name, p.unit_id, p.unit_path, c.requested_at from members_correction c
				join members_person p on p.id = c.person_id where c.id = :id and c.status = 'PENDING'""")
			.param("id", correctionId)
			.query((rs, n) -> WaitingItem.of(KIND, null, rs.getString(1), "/members/corrections#correction-" + correctionId,
					Addressee.domain(Privilege.MEMBER_MANAGE, rs.getLong(2), rs.getString(3)))
				.since(Columns.instant(rs, "requested_at")))
			.list();
	}

}
