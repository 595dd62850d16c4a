package org.tongxin.demands.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.demands.CaseRow;
import org.tongxin.demands.Queue;
import org.tongxin.org.UnitAccess;
import org.tongxin.shared.OfficeTime;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * What waits for a user (我的待办), queue by queue ({@link Queue}).
 *
 * <p>A queue is what is the user's own to do, not everything they may see: cases to accept that
 * arise in their dispatch domain (a town officer: the town and its villages; the department, whose
 * scope is the whole district: cases raised at district level) or were escalated to their unit;
 * cases to answer assigned to their unit or to them as lead or co-handler; those of both past their
 * deadline, and open cases escalated to their unit; answers waiting for their rating. Each queue is
 * a UNION of selections answered by covering partial indexes over open cases (V19, V20), so that
 * its cost follows the size of the queue, not of the case table. The counts come in one statement
 * (the badge in every page's header), the first rows of every queue in another.
 */
@Service
@Transactional(readOnly = true)
public class CaseInbox {

	public static final int QUEUE_ROWS = 20;

	/** Nearest open deadline first, then the oldest (over a queue's {@code id, due, submitted_at}). */
	private static final String URGENCY = "coalesce(s.due, date '9999-12-31'), s.submitted_at, s.id";

	private final JdbcClient jdbc;

	private final UnitAccess access;

	private final CaseQuery query;

	private final Clock clock;

	CaseInbox(JdbcClient jdbc, UnitAccess access, CaseQuery query, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.query = query;
		this.clock = clock;
	}

	/** Counts and the first rows of every queue that holds any, nearest deadline first. */
	public record Waiting(Map<Queue, Long> counts, Map<Queue, List<CaseRow>> queues) {
	}

	/** How many cases wait in each queue, in one statement. */
	public Map<Queue, Long> counts(Actor actor) {
		Map<String, Object> params = new HashMap<>();
		return counts(sources(actor, params), params);
	}

	/** The total the header badge shows: each waiting case once, whatever number of queues it is in. */
	public long waiting(Actor actor) {
		Map<String, Object> params = new HashMap<>();
		Map<Queue, String> sources = sources(actor, params);
		return jdbc.sql("select count(*) from (" + String.join(" union ", sources.values()) + ") q")
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The whole inbox in three statements whatever the number of queues: the counts, the first rows
	 * of each non-empty queue (one UNION ALL), and the units those rows name.
	 */
	public Waiting waiting(Actor actor, Locale locale) {
		Map<String, Object> params = new HashMap<>();
		Map<Queue, String> sources = sources(actor, params);
		Map<Queue, Long> counts = counts(sources, params);
		Map<Queue, List<CaseRow>> queues = new EnumMap<>(Queue.class);
		List<Queue> filled = counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
		if (filled.isEmpty()) {
			return new Waiting(counts, queues);
		}
		params.put("limit", QUEUE_ROWS);
		// each queue's most urgent ids come from its covering indexes; only those rows are read whole
		List<String> parts = filled.stream()
			.map(q -> "select '" + q.name() + "' as queue, " + CaseStore.COLUMNS + " from demands_case c join (select s.id"
					+ " from (" + sources.get(q) + ") s order by " + URGENCY + " limit :limit) top on top.id = c.id")
			.toList();
		List<Map.Entry<Queue, DemandCase>> found = jdbc.sql(String.join(" union all ", parts))
			.params(params)
			.query((rs, n) -> Map.entry(Queue.valueOf(rs.getString("queue")), CaseStore.ROW.mapRow(rs, n)))
			.list();
		List<Map.Entry<Queue, DemandCase>> ordered = found.stream().sorted(java.util.Comparator
			.comparing((Map.Entry<Queue, DemandCase> e) -> e.getValue().openDeadline(),
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
			.thenComparing(e -> e.getValue().request().submittedAt())
			.thenComparing(e -> e.getValue().id())).toList();
		List<CaseRow> rows = query.rows(ordered.stream().map(Map.Entry::getValue).toList(), locale);
		for (int i = 0; i < ordered.size(); i++) {
			queues.computeIfAbsent(ordered.get(i).getKey(), q -> new ArrayList<>()).add(rows.get(i));
		}
		return new Waiting(counts, queues);
	}

	private Map<Queue, Long> counts(Map<Queue, String> sources, Map<String, Object> params) {
		List<Queue> queues = List.of(Queue.values());
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < queues.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(select count(*) from (").append(sources.get(queues.get(i))).append(") q)");
		}
		Map<Queue, Long> counts = new EnumMap<>(Queue.class);
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			for (int i = 0; i < queues.size(); i++) {
				counts.put(queues.get(i), rs.getLong(i + 1));
			}
		});
		return counts;
	}

	/**
	 * Each queue as SQL selecting {@code id, due, submitted_at} of its cases (the deadline of the
	 * open step, null when none): fixed text with named parameters, a UNION of selections that one
	 * covering partial index answers each without reading the table (V20), so that counting a queue
	 * and picking its most urgent rows cost the queue, not the case table. A queue the actor has no
	 * part in selects nothing.
	 */
	private Map<Queue, String> sources(Actor actor, Map<String, Object> params) {
		params.put("me", actor.userId());
		params.put("home", actor.homeUnitId());
		params.put("today", OfficeTime.today(clock));
		String domain = actor.can(Privilege.DEMAND_DISPATCH) ? domain(actor, params) : null;
		List<String> toAccept = new ArrayList<>();
		if (domain != null) {
			toAccept.add("select id, accept_due as due, submitted_at from demands_case where status = 'SUBMITTED' and " + domain);
			toAccept.add("select id, accept_due, submitted_at from demands_case where status = 'SUBMITTED'"
					+ " and escalated_unit_id = :home");
		}
		List<String> toAnswer = new ArrayList<>();
		toAnswer.add("select id, due_date as due, submitted_at from demands_case where status = 'HANDLING' and lead_user_id = :me");
		toAnswer.add("select c.id, c.due_date, c.submitted_at from demands_co_handler h join demands_case c on c.id = h.case_id"
				+ " where h.user_id = :me and c.status = 'HANDLING'");
		if (actor.can(Privilege.DEMAND_HANDLE)) {
			toAnswer.add("select id, due_date, submitted_at from demands_case where status = 'HANDLING' and handling_unit_id = :home");
		}
		List<String> toRate = new ArrayList<>();
		toRate.add("select id, null::date as due, submitted_at from demands_case where status = 'ANSWERED'"
				+ " and requester_user_id = :me");
		toRate.add("select id, null::date, submitted_at from demands_case where status = 'ANSWERED' and requester_user_id is null"
				+ " and submitted_by_user_id = :me");
		if (domain != null) {
			// people without a login: the dispatcher records their rating after a return call (回访)
			toRate.add("select id, null::date, submitted_at from demands_case where status = 'ANSWERED'"
					+ " and requester_user_id is null and " + domain);
		}
		String mine = union(toAccept) + " union " + union(toAnswer);
		String overdue = "select id, due, submitted_at from (" + mine + ") m where due < :today"
				+ " union select id, case status when 'SUBMITTED' then accept_due else due_date end, submitted_at"
				+ " from demands_case where escalated_unit_id = :home and status in ('SUBMITTED', 'HANDLING')";
		Map<Queue, String> sources = new EnumMap<>(Queue.class);
		sources.put(Queue.TO_ACCEPT, union(toAccept));
		sources.put(Queue.TO_ANSWER, union(toAnswer));
		sources.put(Queue.OVERDUE, overdue);
		sources.put(Queue.TO_RATE, union(toRate));
		return sources;
	}

	/** Where the actor dispatches ({@link UnitAccess#domain}: a town officer the town and its villages). */
	private String domain(Actor actor, Map<String, Object> params) {
		return access.domain(actor).sql("unit_id", "unit_path", params);
	}

	private static String union(List<String> parts) {
		return parts.isEmpty() ? "select id, null::date as due, submitted_at from demands_case where false"
				: String.join(" union ", parts);
	}

}
