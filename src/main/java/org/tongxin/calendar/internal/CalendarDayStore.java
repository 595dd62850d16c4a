package org.tongxin.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.calendar.CalendarDay;
import org.tongxin.calendar.DayKind;

/** The rows of {@code calendar_day}; nothing else reads or writes them. */
@Repository
class CalendarDayStore {

	private final JdbcClient jdbc;

	CalendarDayStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CalendarDay> year(int year) {
		return jdbc.sql("select day, kind, name from calendar_day where day >= :from and day < :to order by day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
	}

	Optional<CalendarDay> find(LocalDate day) {
		return jdbc.sql("select day, kind, name from calendar_day where day = :day")
			.param("day", day)
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.optional();
	}

	void save(CalendarDay day, Instant at, String by) {
		jdbc.sql("insert into calendar_day (day, kind, name, updated_at, updated_by) values (:day, :kind, :name, :at, :by)"
				+ " on conflict (day) do update set kind = excluded.kind, name = excluded.name,"
				+ " updated_at = excluded.updated_at, updated_by = excluded.updated_by")
			.param("day", day.date())
			.param("kind", day.kind().name())
			.param("name", day.name())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	boolean delete(LocalDate day) {
		return jdbc.sql("delete from calendar_day where day = :day").param("day", day).update() > 0;
	}

}
