package org.tongxin.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.workflow.AttachmentTable;
import org.tongxin.shared.workflow.HistoryColumns;
import org.tongxin.shared.workflow.HistoryStep;
import org.tongxin.shared.workflow.HistoryTable;
import org.tongxin.shared.workflow.RecordHistory;
import org.tongxin.shared.workflow.StepTimes;
import org.tongxin.shared.workflow.Timeline;

/**
 * The history of proposals ({@code proposals_event}) and their documents ({@code
 * proposals_attachment}: supporting material from the proposer, the handling unit's reply letter; at
 * most 9 per proposal, 10 MB each), kept by the kernel's {@link RecordHistory} and
 * {@link org.tongxin.shared.workflow.RecordAttachments}. A proposal's own step columns: the unit it
 * was sent to, the other proposal of a merge or the decision it was linked to, the deadline set, the
 * proposer's grades.
 */
@Component
public class ProposalHistory implements HistoryTable<ProposalEvent> {

	public static final AttachmentTable FILES = new AttachmentTable("proposals_attachment", "proposal_id",
			"proposals.attachment", 9, AttachmentTable.TEN_MEGABYTES, "PROPOSAL_ATTACHMENT_VIEWED", "proposal");

	private static final HistoryColumns COLUMNS = HistoryColumns.of("proposals_event", "proposal_id")
		.withDetails("unit_id", "related_id", "due_date", "grades")
		.withFiles(FILES);

	private final RecordHistory history;

	ProposalHistory(RecordHistory history) {
		this.history = history;
	}

	long append(ProposalEvent e) {
		return history.append(this, e);
	}

	/** The steps of a proposal, oldest first, and the files each brought, in one statement. */
	public Timeline<ProposalEvent> timeline(long proposalId) {
		return history.timeline(this, proposalId);
	}

	/** When each kind of step last happened to the proposal (since when its open step waits). */
	StepTimes stepTimes(long proposalId) {
		return history.stepTimes(this, proposalId);
	}

	@Override
	public HistoryColumns columns() {
		return COLUMNS;
	}

	@Override
	public HistoryStep common(ProposalEvent e) {
		return HistoryStep.of(e.proposalId(), e.at(), e.actorUserId(), e.actorName(), e.kind().name(), e.round(),
				e.note());
	}

	@Override
	public void details(ProposalEvent e, BiConsumer<String, Object> column) {
		column.accept("unit_id", e.unitId());
		column.accept("related_id", e.relatedId());
		column.accept("due_date", e.dueDate());
		column.accept("grades", e.gradesColumn());
	}

	@Override
	public ProposalEvent read(HistoryStep s, ResultSet rs) throws SQLException {
		return new ProposalEvent(s.id(), s.recordId(), s.at(), s.actorUserId(), s.actorName(),
				ProposalEventKind.valueOf(s.kind()), s.round(), s.note(), Columns.nullableLong(rs, "unit_id"),
				Columns.nullableLong(rs, "related_id"), Columns.date(rs, "due_date"),
				ProposalEvent.gradesOf(rs.getString("grades")));
	}

}
