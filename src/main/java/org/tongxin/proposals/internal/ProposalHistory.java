package org.tongxin.proposals.internal;

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
				  related_id, due_date)
				values (:proposal, :at, :actor, :actorName, :kind, :round, :note, :unit, :related, :due)
				returning id""")
			.param("proposal", e.proposalId())
			.param("at", ProposalStore.utc(e.at()))
			.param("actor", e.actorUserId())
			.param("actorName", e.actorName())
			.param("kind", e.kind().name())
			.param("round", e.round())
			.param("note", e.note())
			.param("unit", e.unitId())
			.param("related", e.relatedId())
			.param("due", e.dueDate())
			.query(Long.class)
			.single();
	}

	/** Every step of a proposal, oldest first. */
	public List<ProposalEvent> timeline(long proposalId) {
		return jdbc.sql("""
				select id, proposal_id, at, actor_user_id, actor_name, kind, round, note, unit_id, related_id, due_date
				from proposals_event where proposal_id = :id order by at, id""")
			.param("id", proposalId)
			.query((rs, n) -> new ProposalEvent(rs.getLong("id"), rs.getLong("proposal_id"),
					ProposalStore.instant(rs, "at"), rs.getLong("actor_user_id"), rs.getString("actor_name"),
					ProposalEventKind.valueOf(rs.getString("kind")), rs.getInt("round"), rs.getString("note"),
					ProposalStore.nullableLong(rs, "unit_id"), ProposalStore.nullableLong(rs, "related_id"),
					ProposalStore.date(rs, "due_date")))
			.list();
	}

}
