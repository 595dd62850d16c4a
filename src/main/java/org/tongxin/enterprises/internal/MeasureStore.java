package org.tongxin.enterprises.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The measures of service plans, in SQL with bound parameters; a plan is one statement. */
@Component
public class MeasureStore {

	private static final String COLUMNS = "id, enterprise_id, text, owner_name, owner_user_id, starts_on, due_on, status,"
			+ " result_note, done_on, version";

	/** A measure as stored. */
	record Stored(long id, long enterpriseId, String text, String ownerName, Long ownerUserId, LocalDate startsOn,
			LocalDate dueOn, MeasureStatus status, String resultNote, LocalDate doneOn, long version) {

		boolean overdue(LocalDate today) {
			return status.isOpen() && dueOn.isBefore(today);
		}

	}

	private final JdbcClient jdbc;

	MeasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan of an enterprise: open measures by due date first, then the done and dropped ones. */
	List<Stored> ofEnterprise(long enterpriseId) {
		return jdbc.sql("select " + COLUMNS + " from enterprises_measure where enterprise_id = :id"
				+ " order by case when status in ('PLANNED', 'IN_PROGRESS') then 0 else 1 end, due_on, id")
			.param("id", enterpriseId).query(MeasureStore::stored).list();
	}

	Optional<Stored> find(long measureId) {
		return jdbc.sql("select " + COLUMNS + " from enterprises_measure where id = :id").param("id", measureId)
			.query(MeasureStore::stored).optional();
	}

	public long insert(long enterpriseId, Values.Measure v, Instant now) {
		return jdbc.sql("insert into enterprises_measure (enterprise_id, text, owner_name, owner_user_id, starts_on, due_on,"
				+ " status, result_note, done_on, created_at, updated_at) values (:enterprise, :text, :ownerName, :ownerUser,"
				+ " :starts, :due, :status, :note, :done, :now, :now) returning id")
			.params(values(v)).param("enterprise", enterpriseId).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	/** Changes the measure if it is still at {@code version}; false when someone changed it meanwhile. */
	boolean update(long measureId, long version, Values.Measure v, Instant now) {
		return jdbc.sql("update enterprises_measure set text = :text, owner_name = :ownerName, owner_user_id = :ownerUser,"
				+ " starts_on = :starts, due_on = :due, status = :status, result_note = :note, done_on = :done,"
				+ " updated_at = :now, version = version + 1 where id = :id and version = :version")
			.params(values(v)).param("now", Timestamp.from(now)).param("id", measureId).param("version", version)
			.update() == 1;
	}

	void delete(long measureId) {
		jdbc.sql("delete from enterprises_measure where id = :id").param("id", measureId).update();
	}

	private static Map<String, Object> values(Values.Measure v) {
		Map<String, Object> params = new HashMap<>();
		params.put("text", v.text());
		params.put("ownerName", v.ownerName());
		params.put("ownerUser", v.ownerUserId());
		params.put("starts", v.startsOn());
		params.put("due", v.dueOn());
		params.put("status", v.status().name());
		params.put("note", v.resultNote());
		params.put("done", v.doneOn());
		return params;
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		long owner = rs.getLong("owner_user_id");
		Long ownerUserId = rs.wasNull() ? null : owner;
		return new Stored(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("text"), rs.getString("owner_name"),
				ownerUserId, rs.getObject("starts_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				MeasureStatus.valueOf(rs.getString("status")), rs.getString("result_note"),
				rs.getObject("done_on", LocalDate.class), rs.getLong("version"));
	}

}
