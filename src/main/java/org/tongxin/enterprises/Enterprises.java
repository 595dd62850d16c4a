package org.tongxin.enterprises;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.tongxin.shared.security.Actor;

/** Enterprises for other modules (a demand concerning an enterprise): look-ups only, scope checked where an actor is given. */
public interface Enterprises {

	/**
	 * The enterprise if the actor may see it (ENTERPRISE_VIEW not required: the caller decides
	 * who may link a record to it; scope is checked); NotFoundException otherwise.
	 */
	EnterpriseSummary visible(Actor actor, long id);

	/** Several enterprises in one query, no scope check (for lists the caller already scoped). */
	Map<Long, EnterpriseSummary> findAll(Collection<Long> ids);

	/** Enterprises whose name or credit code contains text, within the actor's scope, for pickers. */
	List<EnterpriseSummary> search(Actor actor, String text, int limit);

}
