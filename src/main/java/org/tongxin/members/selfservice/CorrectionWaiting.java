package org.tongxin.members.selfservice;

import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberRecords;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.WaitingWorkSource;

/**
 * What a member's correction waits for: while pending, the review of the MEMBER_MANAGE holders
 * whose domain holds the person's unit (a town officer for the town and its villages, anyone else
 * for their own unit), as {@link CorrectionReview} lets them decide it. No clock runs on a review.
 * Decided and withdrawn requests wait for nobody.
 */
@Component
class CorrectionWaiting implements WaitingWorkSource {

	static final String KIND = "correction.waiting.review";

	private final JdbcClient jdbc;

	CorrectionWaiting(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return MemberRecords.MODULE;
	}

	@Override
	public String type() {
		return MemberRecords.CORRECTION;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long correctionId) {
		return jdbc.sql("""
				select p.name, p.unit_id, p.unit_path from members_correction c
				join members_person p on p.id = c.person_id where c.id = :id and c.status = 'PENDING'""")
			.param("id", correctionId)
			.query((rs, n) -> WaitingItem.of(KIND, null, rs.getString(1), "/members/corrections#correction-" + correctionId,
					Addressee.domain(Privilege.MEMBER_MANAGE, rs.getLong(2), rs.getString(3))))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachOpenRecord(LongConsumer correctionId) {
		jdbc.sql("select id from members_correction where status = 'PENDING' order by id")
			.query(Long.class)
			.list()
			.forEach(correctionId::accept);
	}

}
