package org.tongxin.demands.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.tongxin.demands.EventKind;
import org.tongxin.demands.Rating;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.workflow.AttachmentTable;
import org.tongxin.shared.workflow.HistoryColumns;
import org.tongxin.shared.workflow.HistoryStep;
import org.tongxin.shared.workflow.HistoryTable;
import org.tongxin.shared.workflow.RecordHistory;
import org.tongxin.shared.workflow.StepTimes;
import org.tongxin.shared.workflow.Timeline;

/**
 * The history of cases ({@code demands_event}) and their files ({@code demands_attachment}, photos
 * and documents that may show ID cards or bank papers: at most 9 per case, 10 MB each), kept by the
 * kernel's {@link RecordHistory} and {@link org.tongxin.shared.workflow.RecordAttachments}. A case's
 * own step columns: the unit it was sent to and from, the lead named, the rating, the deadline set.
 */
@Component
public class CaseHistory implements HistoryTable<CaseEvent> {

	public static final AttachmentTable FILES = new AttachmentTable("demands_attachment", "case_id",
			"demands.attachment", 9, AttachmentTable.TEN_MEGABYTES, "DEMAND_ATTACHMENT_VIEWED", "demand");

	private static final HistoryColumns COLUMNS = HistoryColumns.of("demands_event", "case_id")
		.withDetails("unit_id", "from_unit_id", "user_id", "rating", "due_date")
		.withFiles(FILES);

	private final RecordHistory history;

	CaseHistory(RecordHistory history) {
		this.history = history;
	}

	long append(CaseEvent e) {
		return history.append(this, e);
	}

	/** The steps of a case, oldest first, and the files each brought, in one statement. */
	public Timeline<CaseEvent> timeline(long caseId) {
		return history.timeline(this, caseId);
	}

	/** When each kind of step last happened to the case (since when its open step waits). */
	StepTimes stepTimes(long caseId) {
		return history.stepTimes(this, caseId);
	}

	@Override
	public HistoryColumns columns() {
		return COLUMNS;
	}

	@Override
	public HistoryStep common(CaseEvent e) {
		return HistoryStep.of(e.caseId(), e.at(), e.actorUserId(), e.actorName(), e.kind().name(), e.round(), e.note());
	}

	@Override
	public void details(CaseEvent e, BiConsumer<String, Object> column) {
		column.accept("unit_id", e.route().unitId());
		column.accept("from_unit_id", e.route().fromUnitId());
		column.accept("user_id", e.route().userId());
		column.accept("rating", e.rating() == null ? null : e.rating().name());
		column.accept("due_date", e.dueDate());
	}

	@Override
	public CaseEvent read(HistoryStep s, ResultSet rs) throws SQLException {
		String rating = rs.getString("rating");
		return new CaseEvent(s.id(), s.recordId(), s.at(), s.actorUserId(), s.actorName(), EventKind.valueOf(s.kind()),
				s.round(), s.note(), new CaseEvent.Route(Columns.nullableLong(rs, "unit_id"),
						Columns.nullableLong(rs, "from_unit_id"), Columns.nullableLong(rs, "user_id")), rating == null ? null : Rating.valueOf(rating),
				Columns.date(rs, "due_date"));
	}

}
