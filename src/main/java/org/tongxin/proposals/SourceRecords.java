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
	 * The record if the actor may see it; otherwise {@link org.tongxin.shared.web.NotFoundException}
	 * (404), the same as an unknown id.
	 */
	SourceRef visible(Actor actor, long id);

	/** Those of {@code ids} the actor may see (search results, a decision's sources), by id. */
	Map<Long, SourceRef> visibleAmong(Actor actor, Collection<Long> ids);

	/** The id of the record with that number (JY…, XX…), if any; visibility is the caller's to check. */
	java.util.Optional<Long> idOfNumber(String number);

	/** Several records by id, without scope checks (for a decision the actor already sees). */
	Map<Long, SourceRef> find(Collection<Long> ids);

	/**
	 * Records a history step on the record ("linked to decision …") at the time of the link, in the
	 * caller's transaction.
	 */
	void recordLinked(Actor actor, long id, long decisionId, String decisionReference, java.time.Instant at);

}
