package org.tongxin.proposals.decisions;

import java.time.Instant;
import java.util.Optional;

import org.tongxin.proposals.SourceKind;

/** Where links from sources to decisions are kept: one decision per source (the table's primary key). */
interface SourceLinkTable {

	/** The decision a source belongs to, if any. */
	Optional<LinkedDecision> decisionOf(SourceKind kind, long sourceId);

	/**
	 * Links the source unless it is linked already (then false, and nothing written), also when
	 * another transaction linked it a moment ago: the insert waits for that one and then yields.
	 */
	boolean insert(long decisionId, SourceKind kind, long sourceId, long userId, Instant at);

	/** A decision a source belongs to: its id and reference (文号), which a refusal names. */
	record LinkedDecision(long id, String reference) {
	}

}
