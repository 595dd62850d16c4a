package org.tongxin.org.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.internal.UnitDirectory;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/** Small helpers the org pages share. */
final class WebSupport {

	private WebSupport() {
	}

	/** Pages check the privilege themselves too, so a page never renders for someone without it. */
	static void require(Actor actor, Privilege privilege) {
		if (actor == null || !actor.can(privilege)) {
			throw new AccessDeniedException(privilege.name() + " required");
		}
	}

	/** The part of a unit's lineage the actor may see (for breadcrumbs). */
	static List<UnitSummary> visibleLineage(UnitDirectory directory, Actor actor, UnitSummary unit) {
		String prefix = directory.treePrefix(actor);
		return directory.lineage(unit).stream().filter(u -> prefix == null || u.path().startsWith(prefix)).toList();
	}

}
