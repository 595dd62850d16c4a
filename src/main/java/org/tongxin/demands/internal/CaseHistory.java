package org.tongxin.demands.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.jdbc.Columns;
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
			.param("at", Columns.utc(e.at()))
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

	/** The steps of a case and the files they added (every file belongs to the step that brought it). */
	public record Timeline(List<CaseEvent> events, List<CaseAttachments.Attachment> files) {
	}

	/** Steps and files in one statement: each step joined with the files it added. */
	public Timeline timeline(long caseId) {
		List<CaseEvent> events = new java.util.ArrayList<>();
		List<CaseAttachments.Attachment> files = new java.util.ArrayList<>();
		jdbc.sql("""
				select e.id, e.case_id, e.at, e.actor_user_id, e.actor_name, e.kind, e.round, e.note, e.unit_id,
				  e.from_unit_id, e.user_id, e.rating, e.due_date, a.id as file_id, a.file_name, a.content_type,
				  a.size_bytes, a.uploaded_at, a.uploaded_by
				from demands_event e left join demands_attachment a on a.event_id = e.id
				where e.case_id = :case order by e.at, e.id, a.id""")
			.param("case", caseId)
			.query(rs -> {
				long eventId = rs.getLong("id");
				if (events.isEmpty() || events.get(events.size() - 1).id() != eventId) {
					events.add(event(rs));
				}
				long fileId = rs.getLong("file_id");
				if (!rs.wasNull()) {
					files.add(new CaseAttachments.Attachment(fileId, caseId, rs.getString("file_name"),
							rs.getString("content_type"), rs.getLong("size_bytes"), Columns.instant(rs, "uploaded_at"),
							rs.getLong("uploaded_by")));
				}
			});
		return new Timeline(events, files);
	}

	private static CaseEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new CaseEvent(rs.getLong("id"), rs.getLong("case_id"), Columns.instant(rs, "at"),
				rs.getLong("actor_user_id"), rs.getString("actor_name"), EventKind.valueOf(rs.getString("kind")),
				rs.getInt("round"), rs.getString("note"), Columns.nullableLong(rs, "unit_id"),
				Columns.nullableLong(rs, "from_unit_id"), Columns.nullableLong(rs, "user_id"),
				rs.getString("rating") == null ? null : Rating.valueOf(rs.getString("rating")),
				Columns.date(rs, "due_date"));
	}

}
