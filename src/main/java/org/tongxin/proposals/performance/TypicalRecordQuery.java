package org.tongxin.proposals.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.figures.TypicalCase;
import org.tongxin.shared.jdbc.Columns;

/**
 * The proposals and reports marked as typical that the proposals section quotes: of the unit's
 * subtree (or the unit alone), submitted in the period, as the figures count them; the latest marks
 * first, at most {@link #LIMIT} of both together. A report is quoted under its edited title if the
 * department edited it.
 */
@Component
class TypicalRecordQuery {

	static final int LIMIT = 5;

	private final JdbcClient jdbc;

	private final Units units;

	TypicalRecordQuery(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	private record Row(String page, long id, String title, long unitId, Instant submittedAt, String note) {
	}

	List<TypicalCase> find(String pathPattern, LocalDate from, LocalDate to) {
		List<Row> rows = jdbc.sql("""
				select * from (
				  select '/proposals/' as page, p.id, p.title, p.proposer_unit_id as unit_id, p.submitted_at, t.note, t.marked_at
				  from proposals_typical_proposal t join proposals_proposal p on p.id = t.proposal_id
				  where p.proposer_unit_path like :path and p.submitted_at >= :start and p.submitted_at < :end
				  union all
				  select '/reports/', r.id, coalesce(r.edited_title, r.title), r.reporter_unit_id, r.submitted_at, t.note,
				    t.marked_at
				  from proposals_typical_report t join proposals_report r on r.id = t.report_id
				  where r.reporter_unit_path like :path and r.submitted_at >= :start and r.submitted_at < :end) x
				order by marked_at desc, id desc
				limit :limit""")
			.param("path", pathPattern)
			.param("start", PerformanceQuery.at(from))
			.param("end", PerformanceQuery.at(to.plusDays(1)))
			.param("limit", LIMIT)
			.query((rs, i) -> new Row(rs.getString("page"), rs.getLong("id"), rs.getString("title"), rs.getLong("unit_id"),
					Columns.instant(rs, "submitted_at"), rs.getString("note")))
			.list();
		Map<Long, String> names = units.namesOf(rows.stream().map(Row::unitId).collect(Collectors.toSet()));
		return rows.stream()
			.map(r -> new TypicalCase(r.title(), names.getOrDefault(r.unitId(), ""), OfficeTime.dateOf(r.submittedAt()),
					r.note(), r.page() + r.id()))
			.toList();
	}

}
