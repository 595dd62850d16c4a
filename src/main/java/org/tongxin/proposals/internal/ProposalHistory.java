package org.tongxin.proposals.internal;

import org.tongxin.shared.jdbc.Columns;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only history of proposals ({@code proposals_event}): rows are inserted, never changed. */
@Component
public class ProposalHistory {

	private final JdbcClient jdbc;

	ProposalHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long append(ProposalEvent e) {
		return jdbc.sql("""
				insert into proposals_event (proposal_id, at, actor_user_id, actor_name, kind, round, note, unit_id,
				  related_id, due_date, grades)
				values (:proposal, :at, :actor, :actorName, :kind, :round, :note, :unit, :related, :due, :grades)
				returning id""")
			.param("proposal", e.proposalId())
			.param("at", Columns.utc(e.at()))
			.param("actor", e.actorUserId())
			.param("actorName", e.actorName())
			.param("kind", e.kind().name())
			.param("round", e.round())
			.param("note", e.note())
			.param("unit", e.unitId())
			.param("related", e.relatedId())
			.param("due", e.dueDate())
			.param("grades", e.gradesColumn())
			.query(Long.class)
			.single();
	}

	/** The steps of a proposal, oldest first, and the files each step brought. */
	public record Timeline(List<ProposalEvent> events, List<ProposalAttachments.Attachment> files) {
	}

	/** Steps and files in one statement: each step joined with the files it added. */
	public Timeline timeline(long proposalId) {
		List<ProposalEvent> events = new java.util.ArrayList<>();
		List<ProposalAttachments.Attachment> files = new java.util.ArrayList<>();
		jdbc.sql("""
				select e.id, e.proposal_id, e.at, e.actor_user_id, e.actor_name, e.kind, e.round, e.note, e.unit_id,
				  e.related_id, e.due_date, e.grades, a.id as file_id, a.file_name, a.content_type, a.size_bytes
				from proposals_event e left join proposals_attachment a on a.event_id = e.id
				where e.proposal_id = :id order by e.at, e.id, a.id""")
			.param("id", proposalId)
			.query(rs -> {
				long eventId = rs.getLong("id");
				if (events.isEmpty() || events.get(events.size() - 1).id() != eventId) {
					events.add(new ProposalEvent(eventId, rs.getLong("proposal_id"), Columns.instant(rs, "at"),
							rs.getLong("actor_user_id"), rs.getString("actor_name"),
							ProposalEventKind.valueOf(rs.getString("kind")), rs.getInt("round"), rs.getString("note"),
							Columns.nullableLong(rs, "unit_id"), Columns.nullableLong(rs, "related_id"),
							Columns.date(rs, "due_date"), ProposalEvent.gradesOf(rs.getString("grades"))));
				}
				long fileId = rs.getLong("file_id");
				if (!rs.wasNull()) {
					files.add(new ProposalAttachments.Attachment(fileId, eventId, rs.getString("file_name"),
							rs.getString("content_type"), rs.getLong("size_bytes")));
				}
			});
		return new Timeline(events, files);
	}

}
