package org.tongxin.proposals.decisions;

import java.time.Instant;
import java.time.LocalDate;

/** An implementation result of a decision, as stored: its owner unit, dates, progress and version. */
public record Result(long id, long decisionId, String title, String description, long ownerUnitId,
		String ownerUnitPath, String ownerName, LocalDate startsOn, LocalDate dueOn, int progress,
		LocalDate completedOn, Instant updatedAt, long version) {
}
