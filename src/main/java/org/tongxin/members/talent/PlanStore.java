package org.tongxin.members.talent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.members.talent.TalentViews.Plan;
import org.tongxin.members.talent.TalentViews.Step;

/**
 * Cultivation plans and their steps. A plan is always read with its steps in one statement (a left
 * join, ordered by step position), so a page of plans is one statement whatever it holds.
 */
@Component
public class PlanStore {

	private static final String PLAN_WITH_STEPS = """
			select c.id, c.person_id, p.name as person_name, p.unit_id, c.title, c.goal, c.starts_on, c.ends_on,
			c.status, c.version, s.id as step_id, s.position, s.title as step_title, s.due_on, s.done_on, s.note
			from members_cultivation_plan c join members_person p on p.id = c.person_id
			left join members_cultivation_step s on s.plan_id = c.id""";

	/** A plan and the unit of its person (for the list), as read. */
	public record Read(Plan plan, long unitId) {
	}

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Read> forPerson(long personId, LocalDate today) {
		return read(jdbc.sql(PLAN_WITH_STEPS + " where c.person_id = :person order by c.starts_on desc, c.id desc, s.position")
			.param("person", personId), today);
	}

	public Optional<Read> find(long planId, LocalDate today) {
		return read(jdbc.sql(PLAN_WITH_STEPS + " where c.id = :id order by s.position").param("id", planId), today)
			.stream().findFirst();
	}

	/** The plan a step belongs to, or empty for an unknown step. */
	Optional<Long> planOfStep(long stepId) {
		return jdbc.sql("select plan_id from members_cultivation_step where id = :id").param("id", stepId)
			.query(Long.class).optional();
	}

	/**
	 * Active plans of people in the scope, those with the earliest open step first (so overdue
	 * ones lead), one page of them with their steps: a count and one read.
	 */
	long countActive(MemberScope scope, boolean overdueOnly, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		String where = activeWhere(scope, overdueOnly, today, params);
		return jdbc.sql("select count(*) from members_cultivation_plan c join members_person p on p.id = c.person_id where "
				+ where).params(params).query(Long.class).single();
	}

	List<Read> active(MemberScope scope, boolean overdueOnly, LocalDate today, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = activeWhere(scope, overdueOnly, today, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		String pageIds = "select c.id, row_number() over (order by (select min(o.due_on) from members_cultivation_step o"
				+ " where o.plan_id = c.id and o.done_on is null) nulls last, c.id) as n"
				+ " from members_cultivation_plan c join members_person p on p.id = c.person_id where " + where
				+ " order by n limit :limit offset :offset";
		return read(jdbc.sql("with page as (" + pageIds + ") " + PLAN_WITH_STEPS + " join page on page.id = c.id"
				+ " order by page.n, s.position").params(params), today);
	}

	private static String activeWhere(MemberScope scope, boolean overdueOnly, LocalDate today, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("c.status = 'ACTIVE'");
		if (overdueOnly) {
			where.append(" and exists (select 1 from members_cultivation_step o where o.plan_id = c.id"
					+ " and o.done_on is null and o.due_on < :today)");
			params.put("today", today);
		}
		scope.appendTo(where, params);
		return where.toString();
	}

	public long insert(CultivationPlan plan, Instant now) {
		return jdbc.sql("insert into members_cultivation_plan (person_id, title, goal, starts_on, ends_on, status,"
				+ " created_at, updated_at) values (:person, :title, :goal, :starts, :ends, :status, :now, :now) returning id")
			.param("person", plan.personId()).param("title", plan.title()).param("goal", plan.goal())
			.param("starts", plan.startsOn()).param("ends", plan.endsOn()).param("status", plan.status().name())
			.param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	/** Writes the plan's new state if it is still at the version it was read at; false when someone changed it meanwhile. */
	public boolean update(CultivationPlan plan, Instant now) {
		return jdbc.sql("update members_cultivation_plan set title = :title, goal = :goal, starts_on = :starts,"
				+ " ends_on = :ends, status = :status, updated_at = :now, version = version + 1"
				+ " where id = :id and version = :version")
			.param("title", plan.title()).param("goal", plan.goal()).param("starts", plan.startsOn())
			.param("ends", plan.endsOn()).param("status", plan.status().name()).param("now", Timestamp.from(now))
			.param("id", plan.id()).param("version", plan.version()).update() == 1;
	}

	/**
	 * A step at the end of the plan, if the plan is still at the version its rules allowed it at
	 * (else 409); the plan's version moves, so an open edit form is told it is stale.
	 */
	public long addStep(long planId, long version, PlanStep step, Instant now) {
		touch(planId, version, now);
		return jdbc.sql("insert into members_cultivation_step (plan_id, position, title, due_on, note)"
				+ " select :plan, coalesce(max(position), 0) + 1, :title, :due, :note from members_cultivation_step"
				+ " where plan_id = :plan returning id")
			.param("plan", planId).param("title", step.title()).param("due", step.dueOn()).param("note", step.note())
			.query(Long.class).single();
	}

	/** A step done on a day, if the plan is still at the version its rules allowed it at (else 409). */
	public void markDone(long planId, long version, long stepId, LocalDate doneOn, Instant now) {
		touch(planId, version, now);
		jdbc.sql("update members_cultivation_step set done_on = :done where id = :id").param("done", doneOn)
			.param("id", stepId).update();
	}

	private void touch(long planId, long version, Instant now) {
		int touched = jdbc.sql("update members_cultivation_plan set updated_at = :now, version = version + 1"
				+ " where id = :id and version = :version")
			.param("now", Timestamp.from(now)).param("id", planId).param("version", version).update();
		if (touched != 1) {
			throw new ObjectOptimisticLockingFailureException("members_cultivation_plan", planId);
		}
	}

	private static List<Read> read(JdbcClient.StatementSpec statement, LocalDate today) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		statement.query((ResultSet rs) -> {
			Row row = rows.computeIfAbsent(rs.getLong("id"), id -> new Row());
			if (row.fields == null) {
				row.fields = fields(rs);
			}
			long stepId = rs.getLong("step_id");
			if (!rs.wasNull()) {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				LocalDate done = rs.getObject("done_on", LocalDate.class);
				row.steps.add(new Step(stepId, rs.getLong("id"), rs.getInt("position"), rs.getString("step_title"), due, done,
						rs.getString("note"), done == null && due.isBefore(today)));
			}
		});
		return rows.values().stream().map(r -> new Read(r.fields.withSteps(r.steps), r.fields.unitId)).toList();
	}

	private static Fields fields(ResultSet rs) throws SQLException {
		return new Fields(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"), rs.getLong("unit_id"),
				rs.getString("title"), rs.getString("goal"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), PlanStatus.valueOf(rs.getString("status")), rs.getLong("version"));
	}

	private record Fields(long id, long personId, String personName, long unitId, String title, String goal,
			LocalDate startsOn, LocalDate endsOn, PlanStatus status, long version) {

		Plan withSteps(List<Step> steps) {
			return new Plan(id, personId, personName, null, title, goal, startsOn, endsOn, status, version, List.copyOf(steps));
		}

	}

	private static final class Row {

		private Fields fields;

		private final List<Step> steps = new ArrayList<>();

	}

}
