package org.tongxin.dashboard.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.figures.DashboardQuestion;
import org.tongxin.shared.figures.DashboardSection;
import org.tongxin.shared.figures.SectionFigures;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;

/**
 * Asks the modules' sections: resolves what the viewer typed into a unit of their scope and a
 * period with its comparisons, and lists the sections the viewer may see in the order of the
 * three actions. The figures themselves are each module's, computed by its own rules.
 */
@Service
public class Dashboard {

	private final List<DashboardSection> sections;

	private final UnitPicker picker;

	private final Units units;

	private final Clock clock;

	Dashboard(List<DashboardSection> sections, UnitPicker picker, Units units, Clock clock) {
		this.sections = sections.stream()
			.sorted(Comparator.comparing(DashboardSection::action).thenComparingInt(DashboardSection::order))
			.toList();
		this.picker = picker;
		this.units = units;
		this.clock = clock;
	}

	/** What was asked, understood: the unit (typed name or code; none: the top of the viewer's scope) and the period. */
	public record Asked(UnitSummary unit, PeriodChoice choice) {

		public DashboardQuestion question() {
			return new DashboardQuestion(unit.code(), choice.period(), choice.previous(), choice.lastYear());
		}

	}

	/**
	 * @throws Rejection naming each bad field: {@code unit} (unknown or outside the viewer's scope,
	 * the same answer), {@code year}, {@code quarter}, {@code month}, {@code from}, {@code to}
	 */
	public Asked ask(Actor actor, String unit, String year, String quarter, String month, String from, String to) {
		Rejection periodProblems = null;
		PeriodChoice choice = null;
		try {
			choice = PeriodChoice.parse(year, quarter, month, from, to, OfficeTime.today(clock));
		}
		catch (Rejection rejection) {
			periodProblems = rejection;
		}
		UnitSummary chosen;
		try {
			chosen = picker.pick(actor, UnitPicker.Reach.SCOPE, "unit", "dashboard.filter.unit", unit).orElseGet(() -> top(actor));
		}
		catch (Rejection rejection) {
			if (periodProblems == null) {
				throw rejection;
			}
			List<Rejection.FieldProblem> all = new java.util.ArrayList<>(rejection.problems());
			all.addAll(periodProblems.problems());
			throw new Rejection(all);
		}
		if (periodProblems != null) {
			throw periodProblems;
		}
		return new Asked(chosen, choice);
	}

	/**
	 * The question of a script or a download: a viewer without any section gets 404, and so does a
	 * unit that is unknown or outside the viewer's scope (the same answer); a bad period is a Rejection.
	 */
	public Asked askForDownload(Actor actor, String unit, String year, String quarter, String month, String from,
			String to) {
		requireSections(actor);
		try {
			return ask(actor, unit, year, quarter, month, from, to);
		}
		catch (Rejection rejection) {
			throw UnitPicker.notFoundWhenUnknown(rejection);
		}
	}

	/** 404 for a viewer who may see no section: the dashboard and the report are not theirs. */
	public void requireSections(Actor actor) {
		if (sections(actor).isEmpty()) {
			throw new NotFoundException("dashboard", actor.userId());
		}
	}

	/** The sections the viewer may see, by action and place. */
	public List<DashboardSection> sections(Actor actor) {
		return sections.stream().filter(s -> s.shows(actor)).toList();
	}

	/** One module's section; 404 for a module without one or one the viewer may not see. */
	public SectionFigures section(Actor actor, String module, Asked asked) {
		DashboardSection section = sections(actor).stream().filter(s -> s.module().equals(module)).findFirst()
			.orElseThrow(() -> new NotFoundException("dashboard-section", module));
		return section.figures(actor, asked.question());
	}

	/** Every section the viewer may see, for the API. */
	public List<SectionFigures> all(Actor actor, Asked asked) {
		return sections(actor).stream().map(s -> s.figures(actor, asked.question())).toList();
	}

	private UnitSummary top(Actor actor) {
		return actor.scope() == DataScope.ALL ? units.deploymentRoot()
				: units.find(actor.homeUnitId()).orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId()));
	}

}
