package org.tongxin.proposals.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.tongxin.proposals.Level;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.workflow.HistoryColumns;
import org.tongxin.shared.workflow.HistoryStep;
import org.tongxin.shared.workflow.HistoryTable;
import org.tongxin.shared.workflow.RecordHistory;

/**
 * The history of reports ({@code proposals_report_event}), kept by the kernel's {@link RecordHistory}:
 * steps come in no rounds and bring no files; a report's own step columns are the level a step
 * concerns and the decision it was linked to.
 */
@Component
public class ReportHistory implements HistoryTable<ReportHistory.Entry> {

	/** A step as written: the report it belongs to and the step. */
	record Entry(long reportId, ReportEvent event) {
	}

	private static final HistoryColumns COLUMNS = HistoryColumns.of("proposals_report_event", "report_id")
		.withoutRounds()
		.withDetails("level", "related_id");

	private final RecordHistory history;

	ReportHistory(RecordHistory history) {
		this.history = history;
	}

	void append(long reportId, Instant at, long actorUserId, String actorName, ReportEventKind kind, String note,
			Level level, Long relatedId) {
		history.append(this,
				new Entry(reportId, new ReportEvent(0, at, actorUserId, actorName, kind, note, level, relatedId)));
	}

	List<ReportEvent> of(long reportId) {
		return history.timeline(this, reportId).steps().stream().map(Entry::event).toList();
	}

	@Override
	public HistoryColumns columns() {
		return COLUMNS;
	}

	@Override
	public HistoryStep common(Entry e) {
		ReportEvent s = e.event();
		return HistoryStep.of(e.reportId(), s.at(), s.actorUserId(), s.actorName(), s.kind().name(), 0, s.note());
	}

	@Override
	public void details(Entry e, BiConsumer<String, Object> column) {
		column.accept("level", e.event().level() == null ? null : e.event().level().name());
		column.accept("related_id", e.event().relatedId());
	}

	@Override
	public Entry read(HistoryStep s, ResultSet rs) throws SQLException {
		String level = rs.getString("level");
		return new Entry(s.recordId(), new ReportEvent(s.id(), s.at(), s.actorUserId(), s.actorName(),
				ReportEventKind.valueOf(s.kind()), s.note(), level == null ? null : Level.valueOf(level),
				Columns.nullableLong(rs, "related_id")));
	}

}
