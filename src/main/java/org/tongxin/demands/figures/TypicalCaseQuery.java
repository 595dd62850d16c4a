package org.tongxin.demands.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.demands.CaseFigure;
import org.tongxin.org.Units;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.figures.TypicalCase;
import org.tongxin.shared.jdbc.Columns;

/**
 * The cases marked as typical that a section quotes: arising in the unit's subtree (or the unit
 * alone), received in the period, as the figures count them; enterprise difficulties apart from the
 * other demands. The latest marks first, at most {@link #LIMIT}: a report quotes a few.
 */
@Component
class TypicalCaseQuery {

	static final int LIMIT = 5;

	private final JdbcClient jdbc;

	private final Units units;

	TypicalCaseQuery(JdbcClient jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	private record Row(long id, String title, long unitId, Instant submittedAt, String note) {
	}

	List<TypicalCase> find(String unitPath, boolean onlyTheUnit, LocalDate from, LocalDate to, boolean enterprise) {
		List<Row> rows = jdbc.sql("""
				select c.id, c.title, c.unit_id, c.submitted_at, t.note
				from demands_typical t join demands_case c on c.id = t.case_id
				where c.unit_path like :path and c.submitted_at >= :start and c.submitted_at < :end
				  and (%s) = :enterprise
				order by t.marked_at desc, c.id desc
				limit :limit""".formatted(CaseFigure.ENTERPRISE.predicate()))
			.param("path", onlyTheUnit ? unitPath : unitPath + "%")
			.param("start", at(from))
			.param("end", at(to.plusDays(1)))
			.param("enterprise", enterprise)
			.param("limit", LIMIT)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("unit_id"),
					Columns.instant(rs, "submitted_at"), rs.getString("note")))
			.list();
		Map<Long, String> names = units.namesOf(rows.stream().map(Row::unitId).collect(Collectors.toSet()));
		return rows.stream()
			.map(r -> new TypicalCase(r.title(), names.getOrDefault(r.unitId(), ""), OfficeTime.dateOf(r.submittedAt()),
					r.note(), "/demands/" + r.id()))
			.toList();
	}

	private static OffsetDateTime at(LocalDate day) {
		return OffsetDateTime.ofInstant(OfficeTime.startOf(day), ZoneOffset.UTC);
	}

}
