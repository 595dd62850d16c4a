package org.tongxin.demands.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sweep's reads and writes of {@code demands_case}: the open clocks that may need a warning or
 * an escalation, and the conditional updates that make each happen once. Every update names the
 * step it acts on (status and round) and the mark it expects, so a second node, or the workflow
 * moving the case on in between, makes it change nothing.
 */
@Repository
class OpenClocks {

	/** Arbitrary but fixed: the advisory lock key of the overdue sweep (SLA in ASCII). */
	static final long SWEEP_LOCK = 0x534C41L;

	/** One open clock: the step (status, round), its deadline and the unit responsible for it. */
	record OpenClock(long id, String status, int round, long categoryId, long responsibleUnitId, LocalDate due,
			String escalationMark, String warnedMark, boolean everLate) {

		/** The step, such as SUBMITTED#1, as the marks name it. */
		String step() {
			return status + "#" + round;
		}

	}

	private final JdbcClient jdbc;

	OpenClocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether this transaction holds the sweep's lock; false: another node is sweeping right now. */
	boolean tryLock() {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", SWEEP_LOCK)
			.query(Boolean.class).single());
	}

	/**
	 * The next open clocks after {@code afterId} with work left: overdue and not yet escalated in
	 * their step (a case of the root, which escalates nowhere, only until it is marked late), or due
	 * within {@code horizon} and not yet warned with the light they may have. Whether a clock within
	 * the horizon is really yellow depends on its category and is decided by the caller.
	 */
	List<OpenClock> next(LocalDate today, LocalDate horizon, long rootUnitId, long afterId, int limit) {
		return jdbc.sql("""
				select * from (
				  select id, status, round, category_id, escalation_mark, warned_mark, ever_late,
				         case when status = 'SUBMITTED' then accept_due else due_date end as due,
				         case when status = 'SUBMITTED' then unit_id else handling_unit_id end as responsible,
				         status || '#' || round as step
				  from demands_case
				  where id > :after
				    and ((status = 'SUBMITTED' and accept_due <= :horizon) or (status = 'HANDLING' and due_date <= :horizon))
				) c
				where (c.due < :today and c.escalation_mark is distinct from c.step
				       and not (c.responsible = :root and c.ever_late))
				   or (c.due >= :today and c.warned_mark is distinct from c.step || '#RED'
				       and (c.due = :today or c.warned_mark is distinct from c.step || '#YELLOW'))
				order by c.id
				limit :limit""")
			.param("after", afterId)
			.param("today", today)
			.param("horizon", horizon)
			.param("root", rootUnitId)
			.param("limit", limit)
			.query((rs, n) -> new OpenClock(rs.getLong("id"), rs.getString("status"), rs.getInt("round"),
					rs.getLong("category_id"), rs.getLong("responsible"), rs.getObject("due", LocalDate.class),
					rs.getString("escalation_mark"), rs.getString("warned_mark"), rs.getBoolean("ever_late")))
			.list();
	}

	/**
	 * Escalates the step once: only while the case is still in it and not yet escalated in it. The
	 * version moves because the workflow writes these columns too (its stale write must fail).
	 */
	boolean escalate(OpenClock clock, long superiorUnitId, String superiorPath) {
		return jdbc.sql("""
				update demands_case
				set escalated_unit_id = :unit, escalated_unit_path = :path, escalation_mark = :mark, ever_late = true,
				    version = version + 1
				where id = :id and status = :status and round = :round and escalation_mark is distinct from :mark""")
			.param("unit", superiorUnitId)
			.param("path", superiorPath)
			.param("mark", clock.step())
			.param("id", clock.id())
			.param("status", clock.status())
			.param("round", clock.round())
			.update() == 1;
	}

	/** A step of the root unit passed its deadline: nowhere to escalate, but the case was late. */
	boolean markLate(OpenClock clock) {
		return jdbc.sql("""
				update demands_case set ever_late = true, version = version + 1
				where id = :id and status = :status and round = :round and not ever_late""")
			.param("id", clock.id())
			.param("status", clock.status())
			.param("round", clock.round())
			.update() == 1;
	}

	/**
	 * Records that the light {@code mark} was announced, if the warned mark is still the one read
	 * (compare and set): the sweep alone writes it, so the case's version stays.
	 */
	boolean warn(OpenClock clock, String mark) {
		return jdbc.sql("""
				update demands_case set warned_mark = :mark
				where id = :id and status = :status and round = :round and warned_mark is not distinct from :seen""")
			.param("mark", mark)
			.param("id", clock.id())
			.param("status", clock.status())
			.param("round", clock.round())
			.param("seen", clock.warnedMark())
			.update() == 1;
	}

	/** One history row by the platform (actor 0, 系统). */
	void event(OpenClock clock, Instant at, String kind, String note, Long unitId, Long fromUnitId) {
		jdbc.sql("""
				insert into demands_event (case_id, at, actor_user_id, actor_name, kind, round, note, unit_id, from_unit_id, due_date)
				values (:case, :at, 0, '系统', :kind, :round, :note, :unit, :fromUnit, :due)""")
			.param("case", clock.id())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("kind", kind)
			.param("round", clock.round())
			.param("note", note)
			.param("unit", unitId)
			.param("fromUnit", fromUnitId)
			.param("due", clock.due())
			.update();
	}

}
