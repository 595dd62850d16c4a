package org.tongxin.demands.internal;

import static org.tongxin.shared.jdbc.Columns.date;
import static org.tongxin.shared.jdbc.Columns.instant;
import static org.tongxin.shared.jdbc.Columns.nullableLong;
import static org.tongxin.shared.jdbc.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.demands.Channel;
import org.tongxin.demands.DemandStatus;
import org.tongxin.demands.Rating;

/**
 * Reads and writes {@code demands_case} and its co-handlers with plain statements. A case is
 * written whole, guarded by its version: a second writer acting on the same version gets an
 * {@link OptimisticLockingFailureException} (409) and changes nothing.
 */
@Component
public class CaseStore {

	static final String COLUMNS = """
			c.id, c.case_no, c.category_id, c.title, c.description, c.person_id, c.enterprise_id, c.requester_user_id,
			c.submitted_by_user_id, c.channel, c.unit_id, c.unit_path, c.handling_unit_id, c.handling_unit_path,
			c.lead_user_id, c.status, c.round, c.submitted_at, c.accept_due, c.accepted_at, c.due_date, c.answered_at,
			c.closed_at, c.answer, c.rating, c.rating_comment, c.reopened_count, c.ever_late, c.amount,
			c.escalation_mark, c.escalated_unit_id, c.escalated_unit_path, c.supervised, c.version""";

	static final RowMapper<DemandCase> ROW = CaseStore::map;

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval('demands_case_id_seq')").query(Long.class).single();
	}

	public Optional<DemandCase> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from demands_case c where c.id = :id").param("id", id).query(ROW).optional();
	}

	/** A case with the ids of its co-handlers. */
	public record Loaded(DemandCase theCase, List<Long> coHandlers) {
	}

	/** The case and its co-handlers in one statement (the case page's first read). */
	public Optional<Loaded> findWithCoHandlers(long id) {
		return jdbc.sql("select " + COLUMNS + ", array(select h.user_id from demands_co_handler h where h.case_id = c.id"
				+ " order by h.user_id) as co_handlers from demands_case c where c.id = :id")
			.param("id", id)
			.query((rs, n) -> {
				Long[] co = (Long[]) rs.getArray("co_handlers").getArray();
				return new Loaded(map(rs, n), List.of(co));
			})
			.optional();
	}

	void insert(DemandCase c) {
		CaseRequest r = c.request();
		CaseOrigin o = c.origin();
		jdbc.sql("""
				insert into demands_case (id, case_no, category_id, title, description, person_id, enterprise_id,
				  requester_user_id, submitted_by_user_id, channel, unit_id, unit_path, status, round, submitted_at,
				  accept_due, version)
				values (:id, :caseNo, :category, :title, :description, :person, :enterprise, :requester, :submittedBy,
				  :channel, :unit, :unitPath, :status, :round, :submittedAt, :acceptDue, 0)""")
			.param("id", c.id())
			.param("caseNo", c.caseNo())
			.param("category", r.categoryId())
			.param("title", r.title())
			.param("description", r.description())
			.param("person", o.personId())
			.param("enterprise", o.enterpriseId())
			.param("requester", o.requesterUserId())
			.param("submittedBy", o.submittedByUserId())
			.param("channel", r.channel().name())
			.param("unit", o.unitId())
			.param("unitPath", o.unitPath())
			.param("status", c.status().name())
			.param("round", c.round())
			.param("submittedAt", utc(r.submittedAt()))
			.param("acceptDue", c.deadlines().acceptDue())
			.update();
	}

	/** Writes the workflow's columns of {@code next} if the row is still at {@code next.version()}. */
	void update(DemandCase next) {
		Handling h = next.handling();
		CaseAnswer a = next.answer();
		Escalation e = next.escalation();
		int updated = jdbc.sql("""
				update demands_case set handling_unit_id = :handlingUnit, handling_unit_path = :handlingPath,
				  lead_user_id = :lead, status = :status, round = :round, accepted_at = :acceptedAt, due_date = :due,
				  answered_at = :answeredAt, closed_at = :closedAt, answer = :answer, rating = :rating,
				  rating_comment = :ratingComment, reopened_count = :reopened, ever_late = :late, amount = :amount,
				  escalation_mark = :mark, escalated_unit_id = :escalatedUnit, escalated_unit_path = :escalatedPath,
				  version = version + 1
				where id = :id and version = :version""")
			.param("handlingUnit", h.unitId())
			.param("handlingPath", h.unitPath())
			.param("lead", h.leadUserId())
			.param("status", next.status().name())
			.param("round", next.round())
			.param("acceptedAt", utc(h.acceptedAt()))
			.param("due", next.deadlines().dueDate())
			.param("answeredAt", utc(a.answeredAt()))
			.param("closedAt", utc(next.closedAt()))
			.param("answer", a.text())
			.param("rating", a.rating() == null ? null : a.rating().name())
			.param("ratingComment", a.ratingComment())
			.param("reopened", a.reopenedCount())
			.param("late", next.deadlines().everLate())
			.param("amount", a.amount())
			.param("mark", e.mark())
			.param("escalatedUnit", e.unitId())
			.param("escalatedPath", e.unitPath())
			.param("id", next.id())
			.param("version", next.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("demand case " + next.id() + " changed since version " + next.version());
		}
	}

	/** Flags a case as supervised (督办); not a workflow step, so its version stays. */
	void markSupervised(long id) {
		jdbc.sql("update demands_case set supervised = true where id = :id").param("id", id).update();
	}

	public List<Long> coHandlers(long caseId) {
		return jdbc.sql("select user_id from demands_co_handler where case_id = :id order by user_id")
			.param("id", caseId)
			.query(Long.class)
			.list();
	}

	void replaceCoHandlers(long caseId, Collection<Long> userIds) {
		jdbc.sql("delete from demands_co_handler where case_id = :id").param("id", caseId).update();
		for (Long user : userIds) {
			jdbc.sql("insert into demands_co_handler (case_id, user_id) values (:id, :user)")
				.param("id", caseId)
				.param("user", user)
				.update();
		}
	}

	private static DemandCase map(ResultSet rs, int n) throws SQLException {
		CaseRequest request = new CaseRequest(rs.getLong("category_id"), rs.getString("title"), rs.getString("description"),
				Channel.valueOf(rs.getString("channel")), instant(rs, "submitted_at"));
		CaseOrigin origin = new CaseOrigin(nullableLong(rs, "person_id"), nullableLong(rs, "enterprise_id"),
				nullableLong(rs, "requester_user_id"), rs.getLong("submitted_by_user_id"), rs.getLong("unit_id"),
				rs.getString("unit_path"));
		Handling handling = new Handling(nullableLong(rs, "handling_unit_id"), rs.getString("handling_unit_path"),
				nullableLong(rs, "lead_user_id"), instant(rs, "accepted_at"));
		Deadlines deadlines = new Deadlines(date(rs, "accept_due"), date(rs, "due_date"), rs.getBoolean("ever_late"));
		String rating = rs.getString("rating");
		CaseAnswer answer = new CaseAnswer(rs.getString("answer"), instant(rs, "answered_at"), rs.getBigDecimal("amount"),
				rating == null ? null : Rating.valueOf(rating), rs.getString("rating_comment"), rs.getInt("reopened_count"));
		Escalation escalation = new Escalation(rs.getString("escalation_mark"), nullableLong(rs, "escalated_unit_id"),
				rs.getString("escalated_unit_path"), rs.getBoolean("supervised"));
		return new DemandCase(rs.getLong("id"), rs.getString("case_no"), request, origin,
				DemandStatus.valueOf(rs.getString("status")), rs.getInt("round"), handling, deadlines, answer, escalation,
				instant(rs, "closed_at"), rs.getLong("version"));
	}

}
