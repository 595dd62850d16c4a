package org.tongxin.members.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberCategory;
import org.tongxin.members.coverage.CoverageFigures.CategoryCount;
import org.tongxin.members.coverage.CoverageFigures.LevelCount;
import org.tongxin.members.coverage.CoverageFigures.UnitCount;
import org.tongxin.members.coverage.CoverageQuery.Bounds;
import org.tongxin.members.coverage.CoverageQuery.People;
import org.tongxin.members.coverage.CoverageQuery.Seats;
import org.tongxin.members.internal.MemberScope;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Coverage of the registry ("full coverage": everyone counted, everyone with a liaison) for a unit
 * the actor may see and its subtree, as of a day. The actor's data scope bounds every statement
 * through {@link MemberScope}, the same rule as the member list, so the figures of a town officer
 * are the figures of his town.
 */
@Service
public class MemberCoverage {

	/** Seat levels from the top, the order of the tables. */
	static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY");

	private final CoverageQuery query;

	private final Units units;

	private final UnitAccess access;

	private final UnitPicker picker;

	private final Clock clock;

	private final MemberCategories categories;

	MemberCoverage(CoverageQuery query, Units units, UnitAccess access, UnitPicker picker, Clock clock,
			MemberCategories categories) {
		this.categories = categories;
		this.query = query;
		this.units = units;
		this.access = access;
		this.picker = picker;
		this.clock = clock;
	}

	/**
	 * @param unitCode a unit the actor may see, by name or code (a {@link org.tongxin.shared.domain.Rejection}
	 * on "unit" otherwise, the same for a unit that does not exist); blank: the top of what the actor sees
	 * @param asOf null: today
	 */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public CoverageFigures figures(Actor actor, String unitCode, LocalDate asOf) {
		UnitSummary unit = unit(actor, unitCode);
		LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(CoverageQuery.ZONE));
		Bounds bounds = Bounds.of(unit.path(), day, MemberScope.of(actor, access));
		People people = query.people(bounds);
		List<UnitSummary> children = children(unit);
		Map<String, Long> byPath = query.byChild(bounds, unit.path(), children.stream().map(UnitSummary::path).toList());
		List<UnitCount> byChild = new ArrayList<>();
		for (UnitSummary child : children) {
			long count = byPath.getOrDefault(child.path(), 0L);
			byChild.add(new UnitCount(child.code(), child.name(), count, CoverageFigures.percent(count, people.total())));
		}
		long inChildren = byChild.stream().mapToLong(UnitCount::count).sum();
		Seats seats = query.seats(bounds);
		long cppcc = seats.cppcc().getOrDefault(null, 0L);
		return new CoverageFigures(unit.code(), unit.name(), day, people.total(), people.withoutLiaison(),
				categories(people.byCategory(), people.total()), byChild, people.total() - inChildren,
				byChild.stream().filter(c -> c.count() == 0).toList(), cppcc, seats.npc().getOrDefault(null, 0L),
				levels(seats.cppcc()), levels(seats.npc()), categories(query.cppccByCategory(bounds), cppcc),
				seats.anySeat(), query.seatShares(bounds));
	}

	/**
	 * The people of the actor's scope today and those without a liaison: the two figures of the
	 * home page, in one statement on the registry (the whole {@link #figures} runs six).
	 */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public CoverageQuery.People headline(Actor actor) {
		UnitSummary unit = unit(actor, null);
		LocalDate day = LocalDate.now(clock.withZone(CoverageQuery.ZONE));
		return query.people(Bounds.of(unit.path(), day, MemberScope.of(actor, access)));
	}

	/**
	 * What a dashboard shows of {@link #figures}, counted the same way without the breakdowns by
	 * category it does not show: for each compared day, the people, those without a liaison, the
	 * people by child unit, in any seat and the seat shares; for each month end, the people. The
	 * people of every day come from one reading of the registry, the seats from the posts.
	 */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public CoverageDashboard dashboard(Actor actor, String unitCode, List<LocalDate> compared, List<LocalDate> monthEnds) {
		UnitSummary unit = unit(actor, unitCode);
		MemberScope scope = MemberScope.of(actor, access);
		List<LocalDate> days = java.util.stream.Stream.concat(compared.stream(), monthEnds.stream()).distinct().toList();
		LocalDate latest = days.stream().max(LocalDate::compareTo).orElseThrow();
		Map<LocalDate, CoverageQuery.DayCounts> people = new HashMap<>();
		query.peopleOn(Bounds.of(unit.path(), latest, scope), unit.path(), days).forEach(d -> people.put(d.day(), d));
		List<UnitSummary> children = children(unit);
		List<CoverageSummary> summaries = new ArrayList<>();
		Map<LocalDate, CoverageSummary> known = new HashMap<>();
		for (LocalDate day : compared) {
			if (known.containsKey(day)) {
				summaries.add(known.get(day));
				continue;
			}
			CoverageQuery.DayCounts counts = people.get(day);
			List<UnitCount> byChild = new ArrayList<>();
			for (UnitSummary child : children) {
				long count = counts.byChild().getOrDefault(child.path(), 0L);
				byChild.add(new UnitCount(child.code(), child.name(), count, CoverageFigures.percent(count, counts.total())));
			}
			Bounds bounds = Bounds.of(unit.path(), day, scope);
			CoverageSummary summary = new CoverageSummary(unit.code(), day, counts.total(), counts.withoutLiaison(),
					byChild, query.seats(bounds).anySeat(), query.seatShares(bounds));
			known.put(day, summary);
			summaries.add(summary);
		}
		return new CoverageDashboard(summaries, monthEnds.stream().map(day -> people.get(day).total()).toList());
	}

	/** A dashboard's registry: a summary per compared day, in the order asked, and the people at each month end. */
	public record CoverageDashboard(List<CoverageSummary> compared, List<Long> monthEnds) {
	}

	/** Today in the office's calendar, the day "as of now" figures are taken on. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(CoverageQuery.ZONE));
	}

	/** The unit typed (name or code) within the actor's scope, or, when none, the top of the scope. */
	private UnitSummary unit(Actor actor, String typed) {
		return picker.pick(actor, UnitPicker.Reach.SCOPE, "unit", "coverage.filter.unit", typed)
			.orElseGet(() -> actor.scope() == DataScope.ALL ? units.deploymentRoot()
					: units.find(actor.homeUnitId()).orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId())));
	}

	/** Every active child: towns and villages, and functional units (parks, chambers...) alike. */
	private List<UnitSummary> children(UnitSummary unit) {
		return units.children(unit.id());
	}

	/**
	 * Every active category in the vocabulary's order, zeros included, so that a missing category reads
	 * as a gap rather than an omission; an inactive one only while people still have it.
	 */
	private List<CategoryCount> categories(Map<String, Long> counts, long whole) {
		List<CategoryCount> result = new ArrayList<>();
		for (MemberCategory category : categories.all()) {
			long count = counts.getOrDefault(category.code(), 0L);
			if (!category.active() && count == 0) {
				continue;
			}
			result.add(new CategoryCount(category, count, CoverageFigures.percent(count, whole)));
		}
		return result;
	}

	private static List<LevelCount> levels(Map<String, Long> counts) {
		return LEVELS.stream().map(level -> new LevelCount(level, counts.getOrDefault(level, 0L))).toList();
	}

}
