package org.tongxin.proposals.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes implementation results. A result's progress moves only with an update
 * ({@link ResultHistory}), guarded by the result's version.
 */
@Component
public class ResultStore {

	private static final String COLUMNS = "r.id, r.decision_id, r.title, r.description, r.owner_unit_id,"
			+ " r.owner_unit_path, r.owner_name, r.starts_on, r.due_on, r.progress, r.completed_on, r.updated_at, r.version";

	private final JdbcClient jdbc;

	ResultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Result> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from proposals_result r where r.id = :id").param("id", id)
			.query(ResultStore::map).optional();
	}

	List<Result> ofDecision(long decisionId) {
		return jdbc.sql("select " + COLUMNS + " from proposals_result r where r.decision_id = :d order by r.id")
			.param("d", decisionId).query(ResultStore::map).list();
	}

	/** Whether the decision has a result owned within the condition (a handling unit's way to see it). */
	boolean ownsOneOf(long decisionId, OwnerCondition owner) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("d", decisionId);
		StringBuilder sql = new StringBuilder("select exists (select 1 from proposals_result r where r.decision_id = :d");
		owner.appendTo(sql, params);
		return jdbc.sql(sql.append(")").toString()).params(params).query(Boolean.class).single();
	}

	/** The earliest date a decision's results are planned for (start, else due) and the earliest update's office date. */
	record FirstDates(LocalDate planned, LocalDate updated) {
	}

	FirstDates firstDates(long decisionId) {
		return jdbc.sql("""
				select (select min(coalesce(r.starts_on, r.due_on)) from proposals_result r where r.decision_id = :d),
				  (select min(u.at) from proposals_result_update u join proposals_result r on r.id = u.result_id
				   where r.decision_id = :d)""")
			.param("d", decisionId)
			.query((rs, n) -> new FirstDates(rs.getObject(1, LocalDate.class),
					rs.getTimestamp(2) == null ? null : org.tongxin.shared.OfficeTime.dateOf(rs.getTimestamp(2).toInstant())))
			.single();
	}

	/** Stores a new result (its id 0), at progress 0: its id. */
	long insert(Result r) {
		return jdbc.sql("""
				insert into proposals_result (decision_id, title, description, owner_unit_id, owner_unit_path, owner_name,
				  starts_on, due_on, progress, updated_at, version)
				values (:d, :title, :description, :unit, :path, :owner, :startsOn, :dueOn, 0, :at, 0) returning id""")
			.param("d", r.decisionId()).param("title", r.title()).param("description", r.description())
			.param("unit", r.owner().unitId()).param("path", r.owner().unitPath()).param("owner", r.owner().name())
			.param("startsOn", r.startsOn()).param("dueOn", r.dueOn()).param("at", Timestamp.from(r.updatedAt()))
			.query(Long.class).single();
	}

	/** Writes the progress, completion date and update time of {@code next} if the row is still at {@code version}. */
	void progress(Result next, long version) {
		int updated = jdbc.sql("""
				update proposals_result set progress = :progress, completed_on = :completed, updated_at = :at,
				  version = version + 1
				where id = :id and version = :version""")
			.param("progress", next.progress()).param("completed", next.completedOn())
			.param("at", Timestamp.from(next.updatedAt())).param("id", next.id()).param("version", version).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("result " + next.id() + " changed since version " + version);
		}
	}

	private static Result map(ResultSet rs, int n) throws SQLException {
		ResultOwner owner = new ResultOwner(rs.getLong("owner_unit_id"), rs.getString("owner_unit_path"),
				rs.getString("owner_name"));
		return new Result(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("title"), rs.getString("description"),
				owner,
				rs.getObject("starts_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getInt("progress"),
				rs.getObject("completed_on", LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

}
