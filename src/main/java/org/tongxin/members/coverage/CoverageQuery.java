package org.tongxin.members.coverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;

/**
 * The four statements behind the coverage figures, whatever the size of the subtree: people (by
 * category and in total), people by child unit, current NPC/CPPCC seats by kind and level, and the
 * CPPCC members by category. Every statement carries the same person conditions: the unit's
 * subtree, registration on or before the date, and the actor's {@link MemberScope}, so no figure can
 * count someone the member list would not show. SQL is fixed text; all values are bound.
 */
@Component
class CoverageQuery {

	/** Dates are those of the department (registration times are stored as instants). */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A post is current on a day when it started by then and had not ended before it (the end day still counts). */
	private static final String CURRENT_POST = " m.started_on <= :asOf and (m.ended_on is null or m.ended_on >= :asOf)";

	private static final String PEOPLE = """
			select grouping(c.category) as everyone, c.category, count(distinct p.id) as people,
			count(distinct p.id) filter (where p.liaison_user_id is null) as without_liaison
			from members_person p left join members_person_category c on c.person_id = p.id where true""";

	/*
	 * The child whose path prefixes a person's unit_path is the unit_path cut after the next "/"
	 * following the parent's path; joining on that equality (instead of LIKE per child) lets
	 * PostgreSQL hash the children and read the people once. The left join keeps empty children.
	 */
	private static final String BY_CHILD = """
			select k.path, count(p.id) from unnest(cast(array[:childPaths] as varchar[])) as k(path)
			left join members_person p on k.path = left(p.unit_path,
			  :parentLength + strpos(substr(p.unit_path, :parentLength + 1), '/'))""";

	/*
	 * The seats drive the statements that count them: a district has thousands of posts at most and a
	 * hundred thousand people, so each post looks up its person by key (the lateral subquery, fenced
	 * by offset 0, with the bounds' conditions on p); joining the other way round, the planner merged
	 * over every person (65 ms instead of 1 ms at 100,000 people).
	 */
	private static final String SEAT_HOLDER = " cross join lateral (select 1 from members_person p where p.id = m.person_id%s"
			+ " offset 0) p";

	private static final String SEATS = """
			select m.kind, m.level, grouping(m.level) as all_levels, grouping(m.kind) as all_kinds, count(distinct m.person_id)
			from members_post m""" + SEAT_HOLDER + " where m.kind in ('NPC', 'CPPCC') and" + CURRENT_POST;

	private static final String CPPCC_BY_CATEGORY = "select c.category, count(distinct m.person_id) from members_post m"
			+ SEAT_HOLDER + " join members_person_category c on c.person_id = m.person_id where m.kind = 'CPPCC' and"
			+ CURRENT_POST;

	/*
	 * The sessions current on the day that have their total seats, each with the distinct people of
	 * the bounds serving in it; the subquery carries the bounds' conditions on p like the others.
	 */
	private static final String SESSION_SEATS = "select s.kind, s.level, s.session_number, s.total_seats,"
			+ " (select count(distinct m.person_id) from members_post m" + SEAT_HOLDER
			+ " where m.kind = s.kind and m.level = s.level and m.session_number = s.session_number and" + CURRENT_POST
			+ ") as held from members_body_session s where s.started_on <= :asOf"
			+ " and (s.ended_on is null or s.ended_on >= :asOf)"
			+ " order by array_position(array['NATIONAL','PROVINCIAL','CITY','COUNTY'], s.level::text), s.kind";

	record People(long total, long withoutLiaison, Map<String, Long> byCategory) {
	}

	/** Current seats: distinct people per kind ({@code null} level: all levels) and per kind and level. */
	/** Distinct people per kind and level (level null: all levels), and in any seat at all. */
	record Seats(Map<String, Long> cppcc, Map<String, Long> npc, long anySeat) {
	}

	private final JdbcClient jdbc;

	CoverageQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person conditions every statement shares (text starting with " and", parameters alongside). */
	record Bounds(String where, Map<String, Object> params) {

		static Bounds of(String unitPath, LocalDate asOf, MemberScope scope) {
			StringBuilder where = new StringBuilder(" and p.unit_path like :unitPath and p.created_at < :registeredBefore");
			Map<String, Object> params = new HashMap<>();
			params.put("unitPath", unitPath + "%");
			// registered on or before the day: before the start of the next day there
			params.put("registeredBefore", OffsetDateTime.of(asOf.plusDays(1).atStartOfDay(), ZONE.getRules()
				.getOffset(asOf.plusDays(1).atStartOfDay())));
			params.put("asOf", asOf);
			scope.appendTo(where, params);
			return new Bounds(where.toString(), params);
		}

	}

	People people(Bounds bounds) {
		long[] totals = new long[2];
		Map<String, Long> byCategory = new HashMap<>();
		jdbc.sql(PEOPLE + bounds.where() + " group by grouping sets ((c.category), ())").params(bounds.params())
			.query(rs -> {
				if (rs.getInt("everyone") == 1) {
					totals[0] = rs.getLong("people");
					totals[1] = rs.getLong("without_liaison");
				}
				else if (rs.getString("category") != null) {
					byCategory.put(rs.getString("category"), rs.getLong("people"));
				}
			});
		return new People(totals[0], totals[1], byCategory);
	}

	/** The people registered in the subtree by the end of one day: in all, without a liaison, by child path. */
	record DayCounts(LocalDate day, long total, long withoutLiaison, Map<String, Long> byChild) {
	}

	/**
	 * The people registered by the end of each of the days, in one reading of the registry: a
	 * dashboard's figures, its comparisons and its trend. The bounds are those of the latest day. Each
	 * person falls in one bucket between the days' ends ({@code width_bucket} over their sorted first
	 * instants after each day), grouped with the child path the person falls in (as {@link #byChild}
	 * groups); a day's counts are then the sums of the buckets before its end. The thresholds are
	 * bound as one array parameter.
	 */
	List<DayCounts> peopleOn(Bounds bounds, String parentPath, List<LocalDate> days) {
		List<LocalDate> ends = days.stream().map(day -> day.plusDays(1)).distinct().sorted().toList();
		Map<String, Object> params = new HashMap<>(bounds.params());
		params.put("parentLength", parentPath.length());
		params.put("thresholds", ends.stream().map(day -> startOf(day).toString())
			.collect(java.util.stream.Collectors.joining(",", "{", "}")));
		// bucket k holds the people registered from the (k)th end to the (k+1)th; 0 before the first
		List<long[]> buckets = new ArrayList<>();
		List<String> children = new ArrayList<>();
		jdbc.sql("select left(p.unit_path, :parentLength + strpos(substr(p.unit_path, :parentLength + 1), '/')),"
				+ " width_bucket(p.created_at, cast(:thresholds as timestamptz[])), count(*),"
				+ " count(*) filter (where p.liaison_user_id is null)"
				+ " from members_person p where true" + bounds.where() + " group by 1, 2")
			.params(params)
			.query(rs -> {
				children.add(rs.getString(1));
				buckets.add(new long[] { rs.getInt(2), rs.getLong(3), rs.getLong(4) });
			});
		List<DayCounts> counts = new ArrayList<>(days.size());
		for (LocalDate day : days) {
			// registered before the day's end: the buckets below the end's place among the thresholds
			int end = ends.indexOf(day.plusDays(1)) + 1;
			long total = 0;
			long without = 0;
			Map<String, Long> byChild = new HashMap<>();
			for (int r = 0; r < buckets.size(); r++) {
				long[] b = buckets.get(r);
				if (b[0] < end) {
					total += b[1];
					without += b[2];
					byChild.merge(children.get(r), b[1], Long::sum);
				}
			}
			counts.add(new DayCounts(day, total, without, byChild));
		}
		return counts;
	}

	/** The first instant of an office date. */
	static OffsetDateTime startOf(LocalDate day) {
		return OffsetDateTime.of(day.atStartOfDay(), ZONE.getRules().getOffset(day.atStartOfDay()));
	}

	/** People per child path, in the order of {@code childPaths}; nothing to ask when there are no children. */
	Map<String, Long> byChild(Bounds bounds, String parentPath, List<String> childPaths) {
		Map<String, Long> counts = new LinkedHashMap<>();
		childPaths.forEach(path -> counts.put(path, 0L));
		if (childPaths.isEmpty()) {
			return counts;
		}
		Map<String, Object> params = new HashMap<>(bounds.params());
		params.put("childPaths", childPaths);
		params.put("parentLength", parentPath.length());
		jdbc.sql(BY_CHILD + bounds.where() + " group by k.path").params(params)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	Seats seats(Bounds bounds) {
		Map<String, Long> cppcc = new HashMap<>();
		Map<String, Long> npc = new HashMap<>();
		long[] anySeat = new long[1];
		jdbc.sql(SEATS.formatted(bounds.where()) + " group by grouping sets ((m.kind, m.level), (m.kind), ())")
			.params(bounds.params())
			.query(rs -> {
				if (rs.getInt("all_kinds") == 1) {
					anySeat[0] = rs.getLong(5);
					return;
				}
				Map<String, Long> target = "CPPCC".equals(rs.getString("kind")) ? cppcc : npc;
				target.put(rs.getInt("all_levels") == 1 ? null : rs.getString("level"), rs.getLong(5));
			});
		return new Seats(cppcc, npc, anySeat[0]);
	}

	List<CoverageFigures.SeatShare> seatShares(Bounds bounds) {
		return jdbc.sql(SESSION_SEATS.formatted(bounds.where())).params(bounds.params())
			.query((rs, n) -> new CoverageFigures.SeatShare(rs.getString("kind"), rs.getString("level"),
					rs.getInt("session_number"), rs.getInt("total_seats"), rs.getLong("held"),
					CoverageFigures.share(rs.getLong("held"), rs.getInt("total_seats"))))
			.list();
	}

	Map<String, Long> cppccByCategory(Bounds bounds) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(CPPCC_BY_CATEGORY.formatted(bounds.where()) + " group by c.category").params(bounds.params())
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

}
