package org.tongxin.proposals.reports;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.proposals.Level;

/** The append-only history of reports ({@code proposals_report_event}): rows are inserted, never changed. */
@Component
class ReportHistory {

	private final JdbcClient jdbc;

	ReportHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long reportId, Instant at, long actorUserId, String actorName, ReportEventKind kind, String note,
			Level level, Long relatedId) {
		jdbc.sql("""
				insert into proposals_report_event (report_id, at, actor_user_id, actor_name, kind, note, level, related_id)
				values (:report, :at, :actor, :actorName, :kind, :note, :level, :related)""")
			.param("report", reportId)
			.param("at", Columns.utc(at))
			.param("actor", actorUserId)
			.param("actorName", actorName)
			.param("kind", kind.name())
			.param("note", note)
			.param("level", level == null ? null : level.name())
			.param("related", relatedId)
			.update();
	}

	List<ReportEvent> of(long reportId) {
		return jdbc.sql("""
				select id, at, actor_user_id, actor_name, kind, note, level, related_id from proposals_report_event
				where report_id = :report order by at, id""")
			.param("report", reportId)
			.query((rs, n) -> {
				long related = rs.getLong("related_id");
				Long relatedId = rs.wasNull() ? null : related;
				String level = rs.getString("level");
				return new ReportEvent(rs.getLong("id"), Columns.instant(rs, "at"), rs.getLong("actor_user_id"),
						rs.getString("actor_name"), ReportEventKind.valueOf(rs.getString("kind")), rs.getString("note"),
						level == null ? null : Level.valueOf(level), relatedId);
			})
			.list();
	}

}
