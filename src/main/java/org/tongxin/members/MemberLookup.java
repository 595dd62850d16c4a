package org.tongxin.members;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.tongxin.shared.security.Actor;

/**
 * The registry for modules whose records concern a person (a demand, a proposal): who they are,
 * whether the actor may refer to them, and which login is theirs. No field beyond the name leaves
 * the registry this way, so no masking applies.
 */
public interface MemberLookup {

	/** The person if the actor's data scope admits them; NotFoundException (404) otherwise. */
	PersonRef visible(Actor actor, long personId);

	/** The person whose own login is {@code userId} (a member using self-service), if any. */
	Optional<PersonRef> ofAccount(long userId);

	/** The login of the person, if one was opened and is linked. */
	Optional<Long> accountOf(long personId);

	/**
	 * People in the actor's scope whose name, pinyin or initials match {@code text} (the registry's
	 * search), for pickers in other modules' forms; empty for actors without MEMBER_VIEW.
	 */
	java.util.List<PersonRef> search(Actor actor, String text, int limit);

	/** The first people (by id) registered within a unit's subtree, for demo data and samples. */
	java.util.List<PersonRef> within(String unitPath, int limit);

	/** Several people in one query, without scope checks (for lists the caller already scoped). */
	Map<Long, PersonRef> findAll(Collection<Long> ids);

}
