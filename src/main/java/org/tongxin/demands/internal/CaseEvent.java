package org.tongxin.demands.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.demands.EventKind;
import org.tongxin.demands.Rating;

/**
 * One step in a case's history: who (user 0 is the platform's sweep) and when, what, in which round,
 * with the unit a case was sent to (and from), the lead named, the rating given, the deadline set.
 */
public record CaseEvent(long id, long caseId, Instant at, long actorUserId, String actorName, EventKind kind, int round,
		String note, Long unitId, Long fromUnitId, Long userId, Rating rating, LocalDate dueDate) {

	static CaseEvent of(DemandCase c, Instant at, long actorUserId, String actorName, EventKind kind, String note) {
		return new CaseEvent(0, c.id(), at, actorUserId, actorName, kind, c.round(), note, null, null, null, null, null);
	}

	CaseEvent toUnit(Long unit, Long from, Long lead) {
		return new CaseEvent(id, caseId, at, actorUserId, actorName, kind, round, note, unit, from, lead, rating, dueDate);
	}

	CaseEvent withRating(Rating given) {
		return new CaseEvent(id, caseId, at, actorUserId, actorName, kind, round, note, unitId, fromUnitId, userId, given,
				dueDate);
	}

	CaseEvent withDue(LocalDate due) {
		return new CaseEvent(id, caseId, at, actorUserId, actorName, kind, round, note, unitId, fromUnitId, userId, rating,
				due);
	}

}
