package org.tongxin.demands.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.tongxin.demands.EventKind;
import org.tongxin.demands.Rating;

/**
 * One step in a case's history: who (user 0 is the platform's sweep) and when, what, in which round,
 * where it sent the case ({@link Route}), the rating given, the deadline set.
 */
public record CaseEvent(long id, long caseId, Instant at, long actorUserId, String actorName, EventKind kind, int round,
		String note, Route route, Rating rating, LocalDate dueDate) {

	/** The unit a step sent the case to, the unit it came from, and the lead named (each may be null). */
	public record Route(Long unitId, Long fromUnitId, Long userId) {

		static final Route NONE = new Route(null, null, null);

	}

	static CaseEvent of(DemandCase c, Instant at, long actorUserId, String actorName, EventKind kind, String note) {
		return new CaseEvent(0, c.id(), at, actorUserId, actorName, kind, c.round(), note, Route.NONE, null, null);
	}

	CaseEvent toUnit(Long unit, Long from, Long lead) {
		return new CaseEvent(id, caseId, at, actorUserId, actorName, kind, round, note, new Route(unit, from, lead), rating,
				dueDate);
	}

	CaseEvent withRating(Rating given) {
		return new CaseEvent(id, caseId, at, actorUserId, actorName, kind, round, note, route, given, dueDate);
	}

	CaseEvent withDue(LocalDate due) {
		return new CaseEvent(id, caseId, at, actorUserId, actorName, kind, round, note, route, rating, due);
	}

}
