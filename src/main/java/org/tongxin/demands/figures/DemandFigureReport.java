package org.tongxin.demands.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.demands.DemandCategory;
import org.tongxin.demands.figures.DemandFigures.CategoryRow;
import org.tongxin.demands.figures.DemandFigures.UnitRow;
import org.tongxin.demands.figures.FigureCounts.Tally;
import org.tongxin.demands.sla.Categories;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.figures.TypicalCase;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Demand figures per unit and period ("full response": received, answered on time, satisfaction,
 * enterprise difficulties solved and the money involved) for a unit the actor may see: a town
 * officer asks for his town or a unit below it (by name or code); any other unit is refused as one
 * that does not exist. One grouped statement, then sums in memory by child unit and by category.
 */
@Service
public class DemandFigureReport {

	private final FiguresQuery query;

	private final Units units;

	private final UnitPicker picker;

	private final Categories categories;

	private final Clock clock;

	private final TypicalCaseQuery typical;

	DemandFigureReport(FiguresQuery query, Units units, UnitPicker picker, Categories categories, Clock clock,
			TypicalCaseQuery typical) {
		this.query = query;
		this.typical = typical;
		this.units = units;
		this.picker = picker;
		this.categories = categories;
		this.clock = clock;
	}

	@Requires(Privilege.DEMAND_VIEW)
	@Transactional(readOnly = true)
	public DemandFigures figures(Actor actor, FigureQuestion question, Locale locale) {
		UnitSummary unit = unit(actor, question.unitCode());
		List<UnitSummary> children = units.children(unit.id());
		Map<String, Tally> byPath = new LinkedHashMap<>();
		children.forEach(child -> byPath.put(child.path(), new Tally()));
		Map<Long, Tally> byCategory = new HashMap<>();
		Tally total = new Tally();
		// a scope of the unit alone (village or member-unit liaisons) does not reach the units below
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		query.run(question.basis(), unit.path(), only, question.from(), question.to(), OfficeTime.today(clock),
				(childPath, categoryId, counts, amount) -> {
					total.add(counts, amount);
					byCategory.computeIfAbsent(categoryId, id -> new Tally()).add(counts, amount);
					Tally child = byPath.get(childPath);
					if (child != null) {
						child.add(counts, amount);
					}
				});
		List<UnitRow> rows = new ArrayList<>();
		Tally inChildren = new Tally();
		for (UnitSummary child : children) {
			Tally tally = byPath.get(child.path());
			inChildren.add(tally);
			rows.add(new UnitRow(child.code(), child.name(), tally.counts()));
		}
		return new DemandFigures(unit.code(), unit.name(), question.from(), question.to(), question.basis(),
				total.counts(), rows, rest(total, inChildren), categoryRows(byCategory, locale));
	}

	/**
	 * The question's totals alone, for the home page: the statement of {@link #figures} without
	 * the child units and categories it is broken down by.
	 */
	@Requires(Privilege.DEMAND_VIEW)
	@Transactional(readOnly = true)
	public FigureCounts total(Actor actor, FigureQuestion question) {
		UnitSummary unit = unit(actor, question.unitCode());
		Tally total = new Tally();
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		query.runByChild(question.basis(), unit.path(), only, question.from(), question.to(), OfficeTime.today(clock),
				(childPath, categoryId, counts, amount) -> total.add(counts, amount));
		return total.counts();
	}

	/** A unit's figures and those of the units directly below it, without the categories: a dashboard's. */
	public record ChildFigures(String unitCode, FigureCounts total, List<UnitRow> byChildUnit) {
	}

	/**
	 * The question's totals and those of the child units, as {@link #figures} counts them, in one
	 * statement over the sums without categories (what a dashboard shows).
	 */
	@Requires(Privilege.DEMAND_VIEW)
	@Transactional(readOnly = true)
	public ChildFigures byChildUnit(Actor actor, FigureQuestion question) {
		UnitSummary unit = unit(actor, question.unitCode());
		List<UnitSummary> children = units.children(unit.id());
		Map<String, Tally> byPath = new LinkedHashMap<>();
		children.forEach(child -> byPath.put(child.path(), new Tally()));
		Tally total = new Tally();
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		query.runByChild(question.basis(), unit.path(), only, question.from(), question.to(), OfficeTime.today(clock),
				(childPath, categoryId, counts, amount) -> {
					total.add(counts, amount);
					Tally child = byPath.get(childPath);
					if (child != null) {
						child.add(counts, amount);
					}
				});
		List<UnitRow> rows = children.stream()
			.map(child -> new UnitRow(child.code(), child.name(), byPath.get(child.path()).counts()))
			.toList();
		return new ChildFigures(unit.code(), total.counts(), rows);
	}

	/**
	 * The question's totals month by month (office month of submission, keyed by its first day; months
	 * without cases absent): one statement for a whole trend.
	 */
	@Requires(Privilege.DEMAND_VIEW)
	@Transactional(readOnly = true)
	public Map<LocalDate, FigureCounts> monthly(Actor actor, FigureQuestion question) {
		UnitSummary unit = unit(actor, question.unitCode());
		Map<LocalDate, Tally> byMonth = new HashMap<>();
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		query.runByMonth(question.basis(), unit.path(), only, question.from(), question.to(), OfficeTime.today(clock),
				(month, categoryId, counts, amount) -> byMonth.computeIfAbsent(LocalDate.parse(month), m -> new Tally())
					.add(counts, amount));
		Map<LocalDate, FigureCounts> totals = new HashMap<>();
		byMonth.forEach((month, tally) -> totals.put(month, tally.counts()));
		return totals;
	}

	/**
	 * The cases marked as typical among those the question's figures count (arising in the unit, received
	 * in the period): the enterprise difficulties, or the other demands.
	 */
	@Requires(Privilege.DEMAND_VIEW)
	@Transactional(readOnly = true)
	public List<TypicalCase> typicalCases(Actor actor, FigureQuestion question, boolean enterprise) {
		UnitSummary unit = unit(actor, question.unitCode());
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		return typical.find(unit.path(), only, question.from(), question.to(), enterprise);
	}

	/** What the child rows do not hold: the total minus their sum, figure by figure. */
	private static FigureCounts rest(Tally total, Tally inChildren) {
		FigureCounts all = total.counts();
		FigureCounts children = inChildren.counts();
		long[] n = { all.received() - children.received(), all.accepted() - children.accepted(),
				all.declined() - children.declined(), all.answered() - children.answered(),
				all.answeredOnTime() - children.answeredOnTime(), all.overdue() - children.overdue(),
				all.closed() - children.closed(), all.rated() - children.rated(), all.satisfied() - children.satisfied(),
				all.reopened() - children.reopened(), all.enterpriseReceived() - children.enterpriseReceived(),
				all.enterpriseSolved() - children.enterpriseSolved() };
		Tally rest = new Tally();
		rest.add(n, all.enterpriseAmount().subtract(children.enterpriseAmount()));
		return rest.counts();
	}

	/** Every category in display order, zeros included, so that a category without cases shows as such. */
	private List<CategoryRow> categoryRows(Map<Long, Tally> byCategory, Locale locale) {
		List<CategoryRow> rows = new ArrayList<>();
		for (DemandCategory category : categories.all().values()) {
			Tally tally = byCategory.get(category.id());
			if (tally != null || category.active()) {
				rows.add(new CategoryRow(category.code(), category.name(locale),
						tally == null ? FigureCounts.NONE : tally.counts()));
			}
		}
		return rows;
	}

	/** The unit typed (name or code) within the actor's scope; none typed: the actor's home unit. */
	private UnitSummary unit(Actor actor, String typed) {
		return picker.pick(actor, UnitPicker.Reach.SCOPE, "unit", "demand.figures.filter.unit", typed)
			.orElseGet(() -> units.find(actor.homeUnitId())
				.orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId())));
	}

}
