package org.tongxin.members;

import java.util.Collection;
import java.util.Map;

import org.tongxin.shared.security.Actor;

/**
 * People of the registry for other modules that refer to one (the member who runs an enterprise):
 * names only, never the sensitive fields. The registry's data scope decides what an actor may pick.
 */
public interface RegistryPeople {

	/** A person by name and unit, for a link from another record. */
	record PersonRef(long id, String name, long unitId) {
	}

	/** The person if the actor's data scope admits them; {@link org.tongxin.shared.web.NotFoundException} otherwise. */
	PersonRef visible(Actor actor, long personId);

	/** People within the actor's scope whose name contains the text, by name, for pickers. */
	java.util.List<PersonRef> search(Actor actor, String text, int limit);

	/** Several people in one query, no scope check (for records the caller already scoped). */
	Map<Long, PersonRef> findAll(Collection<Long> ids);

}
