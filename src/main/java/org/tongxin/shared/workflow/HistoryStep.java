package org.tongxin.shared.workflow;

import java.time.Instant;

/**
 * What every step of a record's history holds, whatever the module: the record, when, who (user 0
 * is the platform itself, e.g. a sweep) under the name they had then, what kind of step (the
 * module's enum name; null where a history has one kind only), in which round (0 where a history
 * has no rounds), and the note given. The id is the row's, 0 before it is written.
 */
public record HistoryStep(long id, long recordId, Instant at, long actorUserId, String actorName, String kind, int round,
		String note) {

	/** A step to write. */
	public static HistoryStep of(long recordId, Instant at, long actorUserId, String actorName, String kind, int round,
			String note) {
		return new HistoryStep(0, recordId, at, actorUserId, actorName, kind, round, note);
	}

}
