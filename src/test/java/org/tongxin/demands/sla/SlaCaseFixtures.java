package org.tongxin.demands.sla;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongxin.org.UnitSummary;

/**
 * Cases written straight into {@code demands_case} (every NOT NULL column), at the dates a sweep
 * test needs, without the workflow; and their history as the sweep left it.
 */
final class SlaCaseFixtures {

	/** One row of a case's history as the sweep writes it. */
	record Event(String kind, int round, String note, Long unitId, Long fromUnitId, LocalDate dueDate, long actorUserId,
			String actorName) {
	}

	private final JdbcClient jdbc;

	SlaCaseFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long categoryId(String code) {
		return jdbc.sql("select id from demands_category where code = :code").param("code", code).query(Long.class).single();
	}

	/** A case waiting to be accepted by {@code unit} until {@code acceptDue}. */
	long submitted(UnitSummary unit, LocalDate acceptDue, String category) {
		long id = nextId();
		jdbc.sql("""
				insert into demands_case (id, case_no, category_id, title, description, submitted_by_user_id, channel,
				  unit_id, unit_path, status, submitted_at, accept_due)
				values (:id, :no, :category, 'SLA 测试', '逾期巡检测试', 0, 'STATION', :unit, :path, 'SUBMITTED', :at, :due)""")
			.param("id", id)
			.param("no", "SLA-" + id)
			.param("category", categoryId(category))
			.param("unit", unit.id())
			.param("path", unit.path())
			.param("at", acceptDue.minusDays(7).atStartOfDay().atOffset(ZoneOffset.UTC))
			.param("due", acceptDue)
			.update();
		return id;
	}

	/** A case of {@code unit} handled by {@code handling} until {@code due}. */
	long handling(UnitSummary unit, UnitSummary handling, LocalDate due, String category) {
		long id = submitted(unit, due.minusDays(14), category);
		jdbc.sql("""
				update demands_case set status = 'HANDLING', handling_unit_id = :unit, handling_unit_path = :path,
				  lead_user_id = 0, accepted_at = submitted_at, due_date = :due where id = :id""")
			.param("unit", handling.id())
			.param("path", handling.path())
			.param("due", due)
			.param("id", id)
			.update();
		return id;
	}

	/** What the workflow does when "dissatisfied" reopens a case: the next round, a new deadline, the mark cleared. */
	void reopen(long id, LocalDate newDue) {
		jdbc.sql("""
				update demands_case set round = round + 1, reopened_count = reopened_count + 1, due_date = :due,
				  escalation_mark = null, escalated_unit_id = null, escalated_unit_path = null, version = version + 1
				where id = :id""")
			.param("due", newDue)
			.param("id", id)
			.update();
	}

	List<Event> events(long caseId, String kind) {
		return jdbc.sql("""
				select kind, round, note, unit_id, from_unit_id, due_date, actor_user_id, actor_name
				from demands_event where case_id = :case and kind = :kind order by id""")
			.param("case", caseId)
			.param("kind", kind)
			.query((rs, n) -> new Event(rs.getString(1), rs.getInt(2), rs.getString(3), (Long) rs.getObject(4),
					(Long) rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getString(8)))
			.list();
	}

	List<String> notes(long caseId, String kind) {
		return events(caseId, kind).stream().map(Event::note).toList();
	}

	java.util.Map<String, Object> row(long caseId) {
		return jdbc.sql("select status, round, escalation_mark, escalated_unit_id, escalated_unit_path, ever_late, warned_mark,"
				+ " version from demands_case where id = :id").param("id", caseId).query().singleRow();
	}

	private long nextId() {
		return jdbc.sql("select nextval('demands_case_id_seq')").query(Long.class).single();
	}

}
