package org.tongxin.demands.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case as the figures test writes it straight into demands_case (JdbcClient, no workflow): only
 * the columns the figures read vary; the rest take valid constant values. {@code unit} is where it
 * arises, {@code handlingUnit} where it was assigned (null before acceptance).
 */
record FigureCase(Unit unit, Unit handlingUnit, String category, String status, Instant submittedAt,
		LocalDate acceptDue, boolean accepted, LocalDate dueDate, boolean answered, boolean everLate, String rating,
		int reopened, boolean enterprise, BigDecimal amount) {

	/** A unit of the fixture: id and path. */
	record Unit(long id, String path) {
	}

	boolean within(Unit ancestor, boolean byHandling) {
		Unit counted = byHandling ? handlingUnit : unit;
		return counted != null && counted.path().startsWith(ancestor.path());
	}

	/** Whether an open deadline has passed on {@code today} (the figures' "currently overdue"). */
	boolean overdue(LocalDate today) {
		return everLate || "SUBMITTED".equals(status) && acceptDue.isBefore(today)
				|| "HANDLING".equals(status) && dueDate.isBefore(today);
	}

	void insert(JdbcClient jdbc) {
		long id = jdbc.sql("select nextval('demands_case_id_seq')").query(Long.class).single();
		OffsetDateTime submitted = OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC);
		jdbc.sql("""
				insert into demands_case (id, case_no, category_id, title, description, enterprise_id, submitted_by_user_id,
				  channel, unit_id, unit_path, handling_unit_id, handling_unit_path, lead_user_id, status, round, submitted_at,
				  accept_due, accepted_at, due_date, answered_at, closed_at, rating, reopened_count, ever_late, amount)
				values (:id, :no, (select id from demands_category where code = :category), '统计测试', '统计测试诉求', :enterprise,
				  1, 'STATION', :unitId, :unitPath, :handlingId, :handlingPath, :lead, :status, :round, :submitted, :acceptDue,
				  :acceptedAt, :dueDate, :answeredAt, :closedAt, :rating, :reopened, :late, :amount)""")
			.param("id", id)
			.param("no", "FIG" + id)
			.param("category", category)
			.param("enterprise", enterprise ? 9_000_000L + id : null)
			.param("unitId", unit.id())
			.param("unitPath", unit.path())
			.param("handlingId", handlingUnit == null ? null : handlingUnit.id())
			.param("handlingPath", handlingUnit == null ? null : handlingUnit.path())
			.param("lead", handlingUnit == null ? null : 1L)
			.param("status", status)
			.param("round", 1 + reopened)
			.param("submitted", submitted)
			.param("acceptDue", acceptDue)
			.param("acceptedAt", accepted ? submitted.plusDays(1) : null)
			.param("dueDate", dueDate)
			.param("answeredAt", answered ? submitted.plusDays(5) : null)
			.param("closedAt", "CLOSED".equals(status) ? submitted.plusDays(7) : null)
			.param("rating", rating)
			.param("reopened", reopened)
			.param("late", everLate)
			.param("amount", amount)
			.update();
	}

}
