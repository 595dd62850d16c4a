package org.tongxin.proposals.decisions;

import java.time.Instant;

/** One dated update of a result: who posted it, when, the progress reached and what was done. */
public record ResultUpdate(long id, long resultId, Instant at, int progress, String note, String actorName) {
}
