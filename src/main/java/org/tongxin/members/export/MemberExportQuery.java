package org.tongxin.members.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.members.internal.MemberCriteria;
import org.tongxin.members.internal.MemberView;
import org.tongxin.org.UnitSummary;
import org.tongxin.org.Units;
import org.tongxin.shared.jdbc.Columns;

/**
 * The export's rows as a stream: one statement with the list's WHERE clause (filters and scope from
 * {@link MemberCriteria}) and ORDER BY, read with a fetch size so PostgreSQL hands over a cursor's
 * worth at a time (only inside a transaction, hence the read-only one), each row passed on and
 * forgotten. Categories come aggregated in the same statement, so there is no query per row.
 */
@Component
class MemberExportQuery {

	static final int FETCH_SIZE = 1000;

	private static final String COLUMNS = """
			select p.name, p.gender, p.birth_date, p.unit_id, p.ethnicity, p.id_number_enc, p.id_number_mask,
			p.phone_enc, p.phone_mask, p.political_affiliation, p.religion, p.education, p.work_unit, p.post,
			p.expertise, p.awards, p.updated_at,
			(select string_agg(c.category, ',' order by c.category) from members_person_category c
			 where c.person_id = p.id) as categories
			from members_person p where true""";

	private final JdbcClient jdbc;

	private final Units units;

	MemberExportQuery(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * Names of the units the selected people belong to, up front in two statements: units number in
	 * the thousands, people in the hundreds of thousands, and members never read org's tables.
	 */
	private Map<Long, String> unitNames(MemberCriteria criteria) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		criteria.appendTo(where, params);
		List<Long> ids = jdbc.sql("select distinct p.unit_id from members_person p where true" + where).params(params)
			.query(Long.class).list();
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			for (UnitSummary unit : units.findAll(ids)) {
				names.put(unit.id(), unit.name());
			}
		}
		return names;
	}

	/** Where the rows go: the unit names first, then every person in list order. */
	interface Sink {

		void start(Map<Long, String> unitNames);

		void row(ExportLine line);

	}

	/** Passes every selected person to {@code sink} in list order; returns how many. */
	@Transactional(readOnly = true)
	long stream(MemberCriteria criteria, Sink sink) {
		sink.start(unitNames(criteria));
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		criteria.appendTo(where, params);
		long[] count = { 0 };
		jdbc.sql(COLUMNS + where + " order by " + criteria.orderBy() + ", p.id")
			.params(params)
			.withFetchSize(FETCH_SIZE)
			.query(rs -> {
				sink.row(line(rs));
				count[0]++;
			});
		return count[0];
	}

	private static ExportLine line(ResultSet rs) throws SQLException {
		MemberView.Stored sensitive = new MemberView.Stored(rs.getString("id_number_enc"), rs.getString("id_number_mask"),
				rs.getString("phone_enc"), rs.getString("phone_mask"), rs.getString("ethnicity"), rs.getString("religion"),
				rs.getString("political_affiliation"));
		return new ExportLine(rs.getString("name"), rs.getString("gender"), rs.getObject("birth_date", LocalDate.class),
				rs.getLong("unit_id"), categories(rs.getString("categories")), sensitive, rs.getString("education"),
				rs.getString("work_unit"), rs.getString("post"), rs.getString("expertise"), rs.getString("awards"),
				Columns.instant(rs, "updated_at"));
	}

	private static List<String> categories(String aggregated) {
		return aggregated == null ? List.of() : Arrays.asList(aggregated.split(","));
	}

}
