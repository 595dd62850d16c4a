package org.tongxin.members.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberRecords;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.workflow.Addressee;
import org.tongxin.shared.workflow.WaitingItem;
import org.tongxin.shared.workflow.QueriedWaitingWork;

/**
 * What a running cultivation plan waits for: its next open step (the one due first), to be done
 * and marked by the MEMBER_MANAGE holders whose domain holds the person's unit, who alone may mark
 * it. The step's due day is the deadline. A plan runs for a year or two, so a step far off is not
 * work yet: it is listed from {@link #LISTED_DAYS} days before it is due (two working weeks to
 * arrange a training or a posting) and turns amber {@link #WARN_DAYS} days before (time for a
 * reminder call). One item per plan: when its step is marked done the next one takes its place.
 * A step waits since it was listed, or since the plan started or its previous step was done when
 * that is later. Closed plans and plans with every step done wait for nobody.
 */
@Component
class PlanWaiting extends QueriedWaitingWork {

	static final String KIND = "talent.waiting.step";

	static final int LISTED_DAYS = 14;

	static final int WARN_DAYS = 3;

	/** Every record that may have waiting work, for the inbox's first build. */
	private static final String OPEN_IDS = """
				select c.id from members_cultivation_plan c where c.status = 'ACTIVE' and exists
				(select 1 from members_cultivation_step s where s.plan_id = c.id and s.done_on is null) order by c.id""";

	PlanWaiting(JdbcClient jdbc) {
		super(MemberRecords.MODULE, MemberRecords.TALENT_PLAN, jdbc, OPEN_IDS);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WaitingItem> waitingOn(long planId) {
		return jdbc().sql("""
				select p.name, p.unit_id, p.unit_path, s.title, s.due_on, c.starts_on,
				  (select max(d.done_on) from members_cultivation_step d where d.plan_id = c.id) as last_done
				from members_cultivation_plan c
				join members_person p on p.id = c.person_id
				join members_cultivation_step s on s.plan_id = c.id and s.done_on is null
				where c.id = :id and c.status = 'ACTIVE' order by s.due_on, s.position limit 1""")
			.param("id", planId)
			.query((rs, n) -> {
				LocalDate due = rs.getObject(5, LocalDate.class);
				return item(planId, rs.getString(1) + " · " + rs.getString(4), due,
						Addressee.domain(Privilege.MEMBER_MANAGE, rs.getLong(2), rs.getString(3)))
					.since(since(due, rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
			})
			.list();
	}

	/**
	 * A step is awaited from the latest of: the day it is listed, the plan's start, and the day the
	 * plan's last step was marked done (the one before it).
	 */
	static Instant since(LocalDate due, LocalDate planStart, LocalDate lastDone) {
		LocalDate from = Stream.of(due.minusDays(LISTED_DAYS), planStart, lastDone)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElseThrow();
		return OfficeTime.startOf(from);
	}

	static WaitingItem item(long planId, String title, LocalDate due, Addressee to) {
		return WaitingItem.of(KIND, null, title, "/members/talent/plans/" + planId, to)
			.due(due, due.minusDays(WARN_DAYS))
			.listedFrom(due.minusDays(LISTED_DAYS));
	}

}
