package org.tongxin.members.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.MemberCategories;
import org.tongxin.members.MemberPage;
import org.tongxin.members.MemberRow;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.jdbc.Columns;

/**
 * The member list as at most four statements whatever the page size: the page's rows (a
 * projection, no entities), the total (only when the page does not tell it; from the counts per
 * unit when only units bound the list), the page's
 * categories and the page's units. The data scope is part of the
 * same WHERE clause as the filters. The SQL is assembled from fixed fragments only; everything the
 * caller typed is a bound parameter, and the sort column comes from {@link MemberCriteria#SORTABLE}.
 */
@Component
class MemberQuery {

	/** The columns a list line needs; sensitive fields only as masks (ethnicity, belief, affiliation not at all). */
	record Line(long id, String name, String gender, LocalDate birthDate, long unitId, String idNumberMask,
			String phoneMask, String workUnit, String post, boolean hasLiaison, Instant updatedAt) {
	}

	private static final String COLUMNS = """
			select p.id, p.name, p.gender, p.birth_date, p.unit_id, p.id_number_mask, p.phone_mask,
			p.work_unit, p.post, p.liaison_user_id is not null as has_liaison, p.updated_at
			from members_person p where true""";

	private final JdbcClient jdbc;

	private final Units units;

	private final int exactTotalLimit;

	private final MemberCategories categories;

	@Autowired
	MemberQuery(JdbcClient jdbc, Units units, MemberCategories categories) {
		this(jdbc, units, categories, MemberPage.EXACT_TOTAL_LIMIT);
	}

	/** With another limit of exact totals: for tests, which cannot afford ten thousand people. */
	MemberQuery(JdbcClient jdbc, Units units, MemberCategories categories, int exactTotalLimit) {
		this.jdbc = jdbc;
		this.units = units;
		this.categories = categories;
		this.exactTotalLimit = exactTotalLimit;
	}

	MemberPage find(MemberCriteria criteria, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		criteria.appendTo(where, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Line> lines = jdbc.sql(COLUMNS + where + " order by " + criteria.orderBy() + ", p.id limit :limit offset :offset")
			.params(params).query(MemberQuery::line).list();
		// a short page that is not past the end tells the total without counting: with filters that
		// is the usual case, and a count over a large registry costs more than the page itself
		boolean lastPage = lines.size() < size && (page == 0 || !lines.isEmpty());
		long total = lastPage ? (long) page * size + lines.size() : count(criteria, where, params);
		boolean capped = !lastPage && total > exactTotalLimit;
		return new MemberPage(lines.isEmpty() ? List.of() : rows(lines, !criteria.birthYearsOnly()), PageRequest.of(page, size),
				capped ? exactTotalLimit : total, capped);
	}

	/**
	 * The matches: bounded by unit alone, the sum of the counts per unit (members_unit_count, kept by
	 * triggers: a few hundred rows, exact); otherwise counted up to one past the limit, since past it
	 * "more than" is all a list needs to say.
	 */
	private long count(MemberCriteria criteria, StringBuilder where, Map<String, Object> params) {
		if (criteria.unitsOnly()) {
			return jdbc.sql("select coalesce(sum(p.people), 0) from members_unit_count p where true" + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		Map<String, Object> countParams = new HashMap<>(params);
		countParams.put("countLimit", exactTotalLimit + 1);
		return jdbc.sql("select count(*) from (select 1 from members_person p where true" + where + " limit :countLimit) matches")
			.params(countParams)
			.query(Long.class)
			.single();
	}

	/**
	 * The organisations (trimmed names, distinct, sorted) where people in the scope hold a current
	 * association or chamber post: the suggestions of the list's organisation filter.
	 */
	List<String> organisations(MemberScope scope, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		scope.appendTo(where, params);
		params.put("today", today);
		return jdbc.sql("select distinct btrim(o.organisation) as name from members_post o join members_person p"
				+ " on p.id = o.person_id where o.kind = 'ASSOCIATION_POST' and (o.ended_on is null or o.ended_on >= :today)"
				+ where + " order by name limit 200")
			.params(params)
			.query(String.class)
			.list();
	}

	private List<MemberRow> rows(List<Line> lines, boolean unmasked) {
		List<Long> ids = lines.stream().map(Line::id).toList();
		Map<Long, List<String>> codes = new HashMap<>();
		jdbc.sql("select person_id, category from members_person_category where person_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, String> unitNames = new HashMap<>();
		for (UnitSummary unit : units.findAll(lines.stream().map(Line::unitId).distinct().toList())) {
			unitNames.put(unit.id(), unit.name());
		}
		return lines.stream()
			.map(l -> MemberView.row(l, unitNames.get(l.unitId()), categories.of(codes.getOrDefault(l.id(), List.of())),
					unmasked))
			.toList();
	}

	private static Line line(ResultSet rs, int row) throws SQLException {
		return new Line(rs.getLong("id"), rs.getString("name"), rs.getString("gender"),
				rs.getObject("birth_date", LocalDate.class), rs.getLong("unit_id"), rs.getString("id_number_mask"),
				rs.getString("phone_mask"), rs.getString("work_unit"), rs.getString("post"), rs.getBoolean("has_liaison"),
				Columns.instant(rs, "updated_at"));
	}

	/** Lower case letters and digits only: how a pinyin key or initials prefix is compared. */
	static String compact(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
