package org.tongxin.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in a proposal's history: who and when, what, in which round, with the unit it was sent
 * to, the other proposal of a merge or the decision it was linked to, and the deadline set.
 */
public record ProposalEvent(long id, long proposalId, Instant at, long actorUserId, String actorName,
		ProposalEventKind kind, int round, String note, Long unitId, Long relatedId, LocalDate dueDate, Feedback grades) {

	static ProposalEvent of(Proposal p, Instant at, long actorUserId, String actorName, ProposalEventKind kind,
			String note) {
		return new ProposalEvent(0, p.id(), at, actorUserId, actorName, kind, p.round(), note, null, null, null, null);
	}

	ProposalEvent toUnit(long unit, LocalDate due) {
		return new ProposalEvent(id, proposalId, at, actorUserId, actorName, kind, round, note, unit, relatedId, due,
				grades);
	}

	ProposalEvent related(long other) {
		return new ProposalEvent(id, proposalId, at, actorUserId, actorName, kind, round, note, unitId, other, dueDate,
				grades);
	}

	ProposalEvent graded(Feedback given) {
		return new ProposalEvent(id, proposalId, at, actorUserId, actorName, kind, round, note, unitId, relatedId, dueDate,
				given);
	}

	/** The grades as stored: contacted, attitude, adoption and result joined by commas; null without grades. */
	String gradesColumn() {
		return grades == null ? null : grades.contacted() + "," + grades.attitude() + "," + grades.adoption() + ","
				+ grades.result();
	}

	static Feedback gradesOf(String column) {
		if (column == null) {
			return null;
		}
		String[] parts = column.split(",");
		return new Feedback(Boolean.parseBoolean(parts[0]), Grade.valueOf(parts[1]), Adoption.valueOf(parts[2]),
				Grade.valueOf(parts[3]), null, false);
	}

}
