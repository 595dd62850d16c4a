package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.MemberLookup;
import org.tongxin.members.PersonRef;
import org.tongxin.org.UnitAccess;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitScope;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.proposals.performance.PerformanceReport.Line;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Period;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * Duty performance (履职积分): counts of each item per member and per democratic-party organisation
 * in a session or period, weighted by the session's points. PROPOSAL_VIEW holders see everyone in
 * their scope; a member (or an organisation's account) sees only their own line.
 */
@Service
public class DutyPerformance {

	private final PerformanceQuery query;

	private final ScoringSessionStore sessions;

	private final Units units;

	private final UnitAccess access;

	private final MemberLookup members;

	private final Clock clock;

	DutyPerformance(PerformanceQuery query, ScoringSessionStore sessions, Units units, UnitAccess access, MemberLookup members,
			Clock clock) {
		this.query = query;
		this.sessions = sessions;
		this.units = units;
		this.access = access;
		this.members = members;
		this.clock = clock;
	}

	@Requires(Privilege.PROPOSAL_VIEW)
	@Transactional(readOnly = true)
	public PerformanceReport ranking(Actor actor, String session, String year, String from, String to) {
		return compute(session, year, from, to, access.scope(actor), null, null);
	}

	/** The caller's own lines: as the member of their login, and as their home unit if it is a party organisation. */
	@Transactional(readOnly = true)
	public PerformanceReport mine(Actor actor, String session, String year, String from, String to) {
		Long personId = members.ofAccount(actor.userId()).map(PersonRef::id).orElse(null);
		return compute(session, year, from, to, UnitScope.everyUnit(), personId == null ? -1L : personId,
				actor.homeUnitId());
	}

	private PerformanceReport compute(String sessionId, String year, String from, String to, UnitScope scope,
			Long onlyPerson, Long onlyUnit) {
		List<ScoringSession> all = sessions.all();
		LocalDate today = OfficeTime.today(clock);
		Optional<Period> asked = Period.parse(year, from, to, today);
		ScoringSession session = pick(all, sessionId, asked.map(Period::from).orElse(today));
		Period period = asked.orElse(session != null ? new Period(session.startsOn(), session.endsOn()) : Period.yearOf(today));
		Map<Long, Tally> people = new HashMap<>();
		Map<Long, Tally> orgs = new HashMap<>();
		query.run(period.from(), period.to(), scope, (personId, name, unitId, item, count) -> {
			if (personId != null && (onlyPerson == null || onlyPerson.equals(personId))) {
				people.computeIfAbsent(personId, id -> new Tally(name)).add(item, count);
			}
			if (unitId != null && (onlyUnit == null || onlyUnit.equals(unitId))) {
				orgs.computeIfAbsent(unitId, id -> new Tally(null)).add(item, count);
			}
		});
		Map<Long, UnitSummary> parties = orgs.isEmpty() ? Map.of()
				: units.findAll(orgs.keySet()).stream().filter(u -> u.kind() == UnitKind.DEMOCRATIC_PARTY)
					.collect(Collectors.toMap(UnitSummary::id, u -> u));
		orgs.keySet().retainAll(parties.keySet());
		orgs.forEach((id, tally) -> tally.name = parties.get(id).name());
		Map<ScoreItem, BigDecimal> points = new EnumMap<>(ScoreItem.class);
		for (ScoreItem item : ScoreItem.values()) {
			points.put(item, session == null ? item.defaultPoints() : session.pointsOf(item));
		}
		return new PerformanceReport(session == null ? null : session.id(), session == null ? null : session.name(),
				period.from(), period.to(), points, rank(people, points), rank(orgs, points));
	}

	/** The session asked for (404 when unknown), else the one covering {@code day} (the period's start or today), else the newest. */
	private ScoringSession pick(List<ScoringSession> all, String sessionId, LocalDate day) {
		if (sessionId != null && !sessionId.isBlank()) {
			Optional<ScoringSession> chosen = Optional.empty();
			try {
				long id = Long.parseLong(sessionId.strip());
				chosen = all.stream().filter(s -> s.id() == id).findFirst();
			}
			catch (NumberFormatException ex) {
				chosen = all.stream().filter(s -> s.name().equals(sessionId.strip())).findFirst();
			}
			return chosen.orElseThrow(() -> new NotFoundException("session", sessionId));
		}
		return all.stream().filter(s -> s.covers(day)).findFirst().orElse(all.isEmpty() ? null : all.get(0));
	}

	private static List<Line> rank(Map<Long, Tally> tallies, Map<ScoreItem, BigDecimal> points) {
		record Scored(long id, Tally tally, BigDecimal score) {
		}
		List<Scored> scored = new ArrayList<>();
		tallies.forEach((id, t) -> {
			BigDecimal score = BigDecimal.ZERO.setScale(2);
			for (Map.Entry<ScoreItem, Long> e : t.counts.entrySet()) {
				score = score.add(points.get(e.getKey()).multiply(BigDecimal.valueOf(e.getValue())));
			}
			scored.add(new Scored(id, t, score));
		});
		scored.sort(Comparator.comparing(Scored::score).reversed()
			.thenComparing(s -> s.tally().name == null ? "" : s.tally().name).thenComparing(Scored::id));
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			int rank = i > 0 && scored.get(i - 1).score().compareTo(s.score()) == 0 ? lines.get(i - 1).rank() : i + 1;
			Map<ScoreItem, Long> counts = new EnumMap<>(ScoreItem.class);
			counts.putAll(s.tally().counts);
			lines.add(new Line(rank, s.id(), s.tally().name, counts, s.score()));
		}
		return lines;
	}

	/** Counts of one member or organisation while the rows come in. */
	private static final class Tally {

		private String name;

		private final Map<ScoreItem, Long> counts = new EnumMap<>(ScoreItem.class);

		Tally(String name) {
			this.name = name;
		}

		void add(ScoreItem item, long count) {
			counts.merge(item, count, Long::sum);
		}

	}

}
