package org.tongxin.shared.figures;

import java.util.List;

import org.tongxin.shared.security.Actor;

/**
 * A module's few key figures for the home page of staff and leaders, within the actor's scope
 * (their home unit and, for a town officer, its subtree). A module contributes by implementing
 * this; the home page needs no change. Each module's figures load as their own fragment, so that
 * one module's statements (a few on its figure tables) count against their own request's budget.
 */
public interface KeyFigures {

	/** The order among modules on the page (lower first). */
	int order();

	/** The module's name in the fragment's path ({@code /home/figures/demands}): letters only. */
	String module();

	/** Whether the actor holds the privilege to see the module's figures at all. */
	boolean shows(Actor actor);

	List<KeyFigure> keyFigures(Actor actor);

}
