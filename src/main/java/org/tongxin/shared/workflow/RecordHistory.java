package org.tongxin.shared.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.jdbc.Columns;

/**
 * The append-only history of any workflow record, in the module's own table ({@link HistoryTable}):
 * rows are inserted, never changed, and read oldest first with the files each step brought, in one
 * statement.
 */
@Component
public class RecordHistory {

	private final JdbcClient jdbc;

	RecordHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the step; its row id (the files it brings refer to it). */
	public <E> long append(HistoryTable<E> table, E step) {
		HistoryColumns columns = table.columns();
		HistoryStep common = table.common(step);
		Map<String, Object> details = new HashMap<>();
		table.details(step, details::put);
		if (!details.keySet().equals(java.util.Set.copyOf(columns.details()))) {
			throw new IllegalStateException("the details written " + details.keySet() + " are not the columns "
					+ columns.details() + " of " + columns.table());
		}
		JdbcClient.StatementSpec insert = jdbc.sql(columns.insert())
			.param("record", common.recordId())
			.param("at", Columns.utc(common.at()))
			.param("actor", common.actorUserId())
			.param("actorName", common.actorName())
			.param("note", common.note());
		if (columns.kinds()) {
			insert = insert.param("kind", common.kind());
		}
		if (columns.rounds()) {
			insert = insert.param("round", common.round());
		}
		for (Map.Entry<String, Object> detail : details.entrySet()) {
			insert = insert.param(detail.getKey(), detail.getValue());
		}
		return insert.query(Long.class).single();
	}

	/** The steps of a record, oldest first, with the files each brought. */
	public <E> Timeline<E> timeline(HistoryTable<E> table, long recordId) {
		return timelines(table, List.of(recordId));
	}

	/** The steps of several records in one statement: record by record (by id), each oldest first. */
	public <E> Timeline<E> timelines(HistoryTable<E> table, Collection<Long> recordIds) {
		List<E> steps = new ArrayList<>();
		List<Attachment> files = new ArrayList<>();
		if (recordIds.isEmpty()) {
			return new Timeline<>(steps, files);
		}
		AttachmentTable attachments = table.columns().files();
		long[] last = { -1 };
		jdbc.sql(table.columns().select()).param("ids", recordIds).query(rs -> {
			HistoryStep common = common(rs);
			if (common.id() != last[0]) {
				steps.add(table.read(common, rs));
				last[0] = common.id();
			}
			if (attachments != null) {
				long fileId = rs.getLong("file_id");
				if (!rs.wasNull()) {
					files.add(new Attachment(fileId, common.recordId(), common.id(), rs.getString("file_name"),
							rs.getString("content_type"), rs.getLong("size_bytes"), Columns.instant(rs, "uploaded_at"),
							rs.getLong("uploaded_by")));
				}
			}
		});
		return new Timeline<>(steps, files);
	}

	/** When each kind of step last happened to the record, in one statement (a history with kinds). */
	public StepTimes stepTimes(HistoryTable<?> table, long recordId) {
		Map<String, java.time.Instant> last = new HashMap<>();
		jdbc.sql(table.columns().lastOfEachKind()).param("record", recordId).query(rs -> {
			last.put(rs.getString(1), Columns.instant(rs, "last_at"));
		});
		return new StepTimes(last);
	}

	private static HistoryStep common(ResultSet rs) throws SQLException {
		return new HistoryStep(rs.getLong("id"), rs.getLong("record_id"), Columns.instant(rs, "at"),
				rs.getLong("actor_user_id"), rs.getString("actor_name"), rs.getString("kind"), rs.getInt("round"),
				rs.getString("note"));
	}

}
