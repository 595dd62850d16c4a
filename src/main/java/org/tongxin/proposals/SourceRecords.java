package org.tongxin.proposals;

import java.util.Collection;
import java.util.Map;

import org.tongxin.shared.security.Actor;

/**
 * Proposals or reports as the other parts of the module see them (decisions, search, figures): one
 * bean per {@link SourceKind}, implemented by the part that owns the records and its scope rules.
 * The other parts never decide visibility themselves.
 */
public interface SourceRecords {

	SourceKind kind();

	/**
	 * The record if the actor may see it; otherwise {@link org.tongxin.shared.domain.NotFoundException}
	 * (404), the same as an unknown id.
	 */
	SourceRef visible(Actor actor, long id);

	/** Those of {@code ids} the actor may see (search results, a decision's sources), by id. */
	Map<Long, SourceRef> visibleAmong(Actor actor, Collection<Long> ids);

	/**
	 * Those of {@code ids} that every signed-in user may see (a registered proposal made public), so
	 * that the search index can mark them: a member's search then reads the public rows and the
	 * member's own instead of every row.
	 */
	java.util.Set<Long> publicAmong(Collection<Long> ids);

	/**
	 * The records the actor may see beyond the public ones, when the actor sees only their own side's
	 * (a member, a party organisation) and they are at most {@code atMost}: the ids, a superset (the
	 * search still asks {@link #visibleAmong}). Empty when the actor sees more (staff, handling units)
	 * or has more than that many.
	 */
	java.util.Optional<java.util.Set<Long>> beyondPublic(Actor actor, int atMost);

	/** The id of the record with that number (JY…, XX…), if any; visibility is the caller's to check. */
	java.util.Optional<Long> idOfNumber(String number);

	/** Several records by id, without scope checks (for a decision the actor already sees). */
	Map<Long, SourceRef> find(Collection<Long> ids);

	/**
	 * Records a history step on the record ("linked to decision …") at the time of the link, and
	 * publishes the record's {@link org.tongxin.proposals.events.DecisionLinked}, in the caller's
	 * transaction.
	 */
	void recordLinked(Actor actor, long id, long decisionId, String decisionReference, java.time.Instant at);

}
