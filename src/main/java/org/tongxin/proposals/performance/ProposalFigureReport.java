package org.tongxin.proposals.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitPicker;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.proposals.decisions.Issuer;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.figures.TypicalCase;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Figures of proposals, reports and decisions for a unit the actor may see (its code; default the
 * actor's home unit; another unit is a 404 as one that does not exist) and a period (a year, or
 * from..to; default the current year). Two grouped statements, then sums in memory by child unit
 * and by party organisation.
 */
@Service
public class ProposalFigureReport {

	private static final int METRICS = FigureCounts.METRICS.length;

	private final ProposalFiguresQuery query;

	private final Units units;

	private final UnitPicker picker;

	private final Clock clock;

	private final TypicalRecordQuery typical;

	ProposalFigureReport(ProposalFiguresQuery query, Units units, UnitPicker picker, Clock clock,
			TypicalRecordQuery typical) {
		this.query = query;
		this.typical = typical;
		this.units = units;
		this.picker = picker;
		this.clock = clock;
	}

	@Requires(Privilege.PROPOSAL_VIEW)
	@Transactional(readOnly = true)
	public ProposalFigures figures(Actor actor, String unitCode, String year, String from, String to) {
		LocalDate today = OfficeTime.today(clock);
		Period period = Period.parse(year, from, to, today).orElse(Period.yearOf(today));
		return read(actor, unitCode, period, null).now();
	}

	/** A period's figures with the totals of another period it is compared with. */
	public record Compared(ProposalFigures now, FigureCounts before) {
	}

	/**
	 * The figures of the period and the totals of the period compared with it: read together in one
	 * pass of each statement when the other period ends the day before this one begins and this one
	 * begins on a month's first day (a year, quarter or month and the one before it), otherwise one
	 * after the other.
	 */
	@Requires(Privilege.PROPOSAL_VIEW)
	@Transactional(readOnly = true)
	public Compared compared(Actor actor, String unitCode, Period period, Period other) {
		if (other.to().plusDays(1).equals(period.from()) && period.from().getDayOfMonth() == 1) {
			return read(actor, unitCode, period, other);
		}
		ProposalFigures now = read(actor, unitCode, period, null).now();
		return new Compared(now, read(actor, now.unitCode(), other, null).now().total());
	}

	/** The period's figures, and when {@code before} (the period just before it) is given, its totals too. */
	private Compared read(Actor actor, String unitCode, Period period, Period before) {
		UnitSummary unit = unit(actor, unitCode);
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		String pattern = only ? unit.path() : unit.path() + "%";
		Map<String, Tally> byChild = new LinkedHashMap<>();
		List<UnitSummary> children = units.children(unit.id());
		children.forEach(c -> byChild.put(c.path(), new Tally()));
		Map<Long, Tally> byUnit = new HashMap<>();
		Tally total = new Tally();
		Tally self = new Tally();
		Tally earlier = new Tally();
		LocalDate from = before == null ? period.from() : before.from();
		query.counts(pattern, from, period.to(), period.from(), (metric, unitId, path, count, isEarlier) -> {
			int index = Arrays.asList(FigureCounts.METRICS).indexOf(metric);
			if (index >= 0) {
				for (Tally t : isEarlier ? List.of(earlier) : tallies(total, self, byChild, byUnit, unit.path(), unitId, path)) {
					t.counts[index] += count;
				}
			}
		});
		query.decisions(pattern, from, period.to(), period.from(),
				(decisionId, issuer, unitId, path, results, done, progress, isEarlier) -> {
					for (Tally t : isEarlier ? List.of(earlier)
							: tallies(total, self, byChild, byUnit, unit.path(), unitId, path)) {
						t.decision(decisionId, issuer, results, done, progress);
					}
				});
		List<ProposalFigures.Row> childRows = new ArrayList<>();
		for (UnitSummary child : children) {
			childRows.add(new ProposalFigures.Row(child.code(), child.name(), byChild.get(child.path()).counts()));
		}
		List<ProposalFigures.Row> partyRows = new ArrayList<>();
		if (!byUnit.isEmpty()) {
			for (UnitSummary u : units.findAll(byUnit.keySet())) {
				if (u.kind() == UnitKind.DEMOCRATIC_PARTY) {
					partyRows.add(new ProposalFigures.Row(u.code(), u.name(), byUnit.get(u.id()).counts()));
				}
			}
			partyRows.sort((a, b) -> a.code().compareTo(b.code()));
		}
		return new Compared(new ProposalFigures(unit.code(), unit.name(), period.from(), period.to(), total.counts(),
				childRows, self.counts(), partyRows), earlier.counts());
	}

	/**
	 * This year's totals of the actor's unit alone, for the home page: the statements of
	 * {@link #figures} without the breakdown by child unit and party.
	 */
	@Requires(Privilege.PROPOSAL_VIEW)
	@Transactional(readOnly = true)
	public FigureCounts total(Actor actor) {
		Period period = Period.yearOf(OfficeTime.today(clock));
		UnitSummary unit = unit(actor, null);
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		String pattern = only ? unit.path() : unit.path() + "%";
		Tally total = new Tally();
		query.counts(pattern, period.from(), period.to(), period.from(), (metric, unitId, path, count, earlier) -> {
			int index = Arrays.asList(FigureCounts.METRICS).indexOf(metric);
			if (index >= 0) {
				total.counts[index] += count;
			}
		});
		query.decisions(pattern, period.from(), period.to(), period.from(),
				(decisionId, issuer, unitId, path, results, done, progress, earlier) -> total.decision(decisionId, issuer,
						results, done, progress));
		return total.counts();
	}

	/**
	 * Proposals submitted in each office month of the period (keyed by the month's first day), counted
	 * as {@link #figures} counts them: one statement for a dashboard's trend.
	 */
	@Requires(Privilege.PROPOSAL_VIEW)
	@Transactional(readOnly = true)
	public Map<LocalDate, Long> submittedByMonth(Actor actor, String unitCode, Period period) {
		UnitSummary unit = unit(actor, unitCode);
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		return query.submittedByMonth(only ? unit.path() : unit.path() + "%", period.from(), period.to());
	}

	/** The proposals and reports marked as typical among those the figures of the unit and period count. */
	@Requires(Privilege.PROPOSAL_VIEW)
	@Transactional(readOnly = true)
	public List<TypicalCase> typicalCases(Actor actor, String unitCode, Period period) {
		UnitSummary unit = unit(actor, unitCode);
		boolean only = actor.scope() == DataScope.UNIT || actor.scope() == DataScope.OWN;
		return typical.find(only ? unit.path() : unit.path() + "%", period.from(), period.to());
	}

	/** The tallies a row adds to: the total, its child unit's (or the unit itself), its own unit's. */
	private static List<Tally> tallies(Tally total, Tally self, Map<String, Tally> byChild, Map<Long, Tally> byUnit,
			String parentPath, long unitId, String path) {
		List<Tally> to = new ArrayList<>(3);
		to.add(total);
		int slash = path.indexOf('/', parentPath.length());
		Tally child = slash < 0 ? null : byChild.get(path.substring(0, slash + 1));
		to.add(child != null ? child : self);
		to.add(byUnit.computeIfAbsent(unitId, id -> new Tally()));
		return to;
	}

	/** The unit typed (name or code) within the actor's scope; none typed: the actor's home unit. */
	private UnitSummary unit(Actor actor, String typed) {
		return picker.pick(actor, UnitPicker.Reach.SCOPE, "unit", "proposal.figures.filter.unit", typed)
			.orElseGet(() -> units.find(actor.homeUnitId())
				.orElseThrow(() -> new NotFoundException("unit", actor.homeUnitId())));
	}

	/** Counts of one row while the statement's rows come in; decisions counted once each, and once by issuer. */
	private static final class Tally {

		private final long[] counts = new long[METRICS];

		private final Set<Long> decisions = new HashSet<>();

		private final long[] byIssuer = new long[Issuer.values().length];

		private long results;

		private long completed;

		private long progress;

		void decision(long id, Issuer issuer, long n, long done, long sum) {
			if (decisions.add(id)) {
				byIssuer[issuer.ordinal()]++;
				results += n;
				completed += done;
				progress += sum;
			}
		}

		FigureCounts counts() {
			return FigureCounts.of(counts, decisions.size(), DecisionIssuers.of(byIssuer), results, completed, progress);
		}

	}

}
