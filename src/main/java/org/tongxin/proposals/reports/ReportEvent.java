package org.tongxin.proposals.reports;

import java.time.Instant;

import org.tongxin.proposals.Level;

/** One step of a report's history: when, who, what, with its note (reason, recipient, adopter, post, decision reference) and level. */
public record ReportEvent(long id, Instant at, long actorUserId, String actorName, ReportEventKind kind, String note,
		Level level, Long relatedId) {
}
