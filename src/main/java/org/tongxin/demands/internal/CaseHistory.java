package org.tongxin.demands.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.demands.EventKind;
import org.tongxin.demands.Rating;

/** The append-only history of cases ({@code demands_event}): rows are inserted, never changed. */
@Component
public class CaseHistory {

	private final JdbcClient jdbc;

	CaseHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long append(CaseEvent e) {
		return jdbc.sql("""
				insert into demands_event (case_id, at, actor_user_id, actor_name, kind, round, note, unit_id, from_unit_id,
				  user_id, rating, due_date)
				values (:case, :at, :actor, :actorName, :kind, :round, :note, :unit, :fromUnit, :user, :rating, :due)
				returning id""")
			.param("case", e.caseId())
			.param("at", CaseStore.utc(e.at()))
			.param("actor", e.actorUserId())
			.param("actorName", e.actorName())
			.param("kind", e.kind().name())
			.param("round", e.round())
			.param("note", e.note())
			.param("unit", e.unitId())
			.param("fromUnit", e.fromUnitId())
			.param("user", e.userId())
			.param("rating", e.rating() == null ? null : e.rating().name())
			.param("due", e.dueDate())
			.query(Long.class)
			.single();
	}

	/** The case's steps, oldest first. */
	public List<CaseEvent> of(long caseId) {
		return jdbc.sql("""
				select id, case_id, at, actor_user_id, actor_name, kind, round, note, unit_id, from_unit_id, user_id,
				  rating, due_date
				from demands_event where case_id = :case order by at, id""")
			.param("case", caseId)
			.query((rs, n) -> new CaseEvent(rs.getLong("id"), rs.getLong("case_id"), CaseStore.instant(rs, "at"),
					rs.getLong("actor_user_id"), rs.getString("actor_name"), EventKind.valueOf(rs.getString("kind")),
					rs.getInt("round"), rs.getString("note"), CaseStore.nullableLong(rs, "unit_id"),
					CaseStore.nullableLong(rs, "from_unit_id"), CaseStore.nullableLong(rs, "user_id"),
					rs.getString("rating") == null ? null : Rating.valueOf(rs.getString("rating")),
					CaseStore.date(rs, "due_date")))
			.list();
	}

}
