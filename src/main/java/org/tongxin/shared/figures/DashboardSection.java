package org.tongxin.shared.figures;

import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * A module's section of the leaders' dashboard (and, from it, of the work report): a module
 * contributes by extending this with its place, its name, the action it belongs to and the
 * privilege that shows it; the dashboard needs no change. Each section is computed and loaded on
 * its own, so that one module's statements count against their own request.
 */
public abstract class DashboardSection {

	private final int order;

	private final String module;

	private final WorkAction action;

	private final Privilege privilege;

	/**
	 * @param order the place among the sections of its action (lower first)
	 * @param module the module's name in paths ({@code /dashboard/sections/demands}): letters only
	 * @param action the action of the source article the module's work belongs to
	 * @param privilege what the viewer must hold to see the section at all
	 */
	protected DashboardSection(int order, String module, WorkAction action, Privilege privilege) {
		if (!module.matches("[a-z]+")) {
			throw new IllegalArgumentException("a section is named in letters: " + module);
		}
		this.order = order;
		this.module = module;
		this.action = action;
		this.privilege = privilege;
	}

	public int order() {
		return order;
	}

	public String module() {
		return module;
	}

	public WorkAction action() {
		return action;
	}

	public boolean shows(Actor actor) {
		return actor.can(privilege);
	}

	/**
	 * The section's figures for the question, within the viewer's scope; the unit was checked by
	 * the dashboard, and a module checks it again by its own rules (a unit outside the viewer's
	 * scope is refused).
	 */
	public abstract SectionFigures figures(Actor actor, DashboardQuestion question);

}
