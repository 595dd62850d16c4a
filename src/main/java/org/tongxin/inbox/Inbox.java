package org.tongxin.inbox;

import java.util.List;

import org.tongxin.shared.security.Actor;

/** What waits for a user: for pages, the API and other modules' sections (a member's /me). */
public interface Inbox {

	/** How many pieces of work wait for the actor now (each piece once, whoever else it waits for). */
	long count(Actor actor);

	/** How many pieces of work wait for the actor in each module that has any, in module order. */
	java.util.SortedMap<String, Long> countsByModule(Actor actor);

	/**
	 * One page of the actor's waiting work, the nearest deadline first (work without a deadline
	 * last, oldest first), optionally of one module only.
	 */
	Page page(Actor actor, String module, int page, int size);

	/** A page of entries and the total they are taken from. */
	record Page(List<InboxEntry> entries, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

}
