package org.tongxin.shared.figures;

import java.util.List;

import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * A module's few key figures for the home page of staff and leaders, within the actor's scope
 * (their home unit and, for a town officer, its subtree). A module contributes by extending this
 * with its place, its name and the privilege that shows it; the home page needs no change. Each
 * module's figures load as their own fragment, so that one module's statements (a few on its figure
 * tables) count against their own request's budget.
 */
public abstract class KeyFigures {

	private final int order;

	private final String module;

	private final Privilege privilege;

	/**
	 * @param order the place among modules on the page (lower first)
	 * @param module the module's name in the fragment's path ({@code /home/figures/demands}): letters only
	 * @param privilege what the actor must hold to see the module's figures at all
	 */
	protected KeyFigures(int order, String module, Privilege privilege) {
		if (!module.matches("[a-z]+")) {
			throw new IllegalArgumentException("a module's figures are named in letters: " + module);
		}
		this.order = order;
		this.module = module;
		this.privilege = privilege;
	}

	public int order() {
		return order;
	}

	public String module() {
		return module;
	}

	public boolean shows(Actor actor) {
		return actor.can(privilege);
	}

	/** The figures, or none for an actor without the module's privilege. */
	public List<KeyFigure> keyFigures(Actor actor) {
		return shows(actor) ? figures(actor) : List.of();
	}

	/** The figures of the actor's scope; called only for an actor who may see them. */
	protected abstract List<KeyFigure> figures(Actor actor);

}
