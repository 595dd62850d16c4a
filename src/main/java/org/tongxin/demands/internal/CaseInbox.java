package org.tongxin.demands.internal;

import java.time.Clock;
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
 * What waits for a user, queue by queue ({@link Queue}): each queue is one condition over open
 * cases, answered by partial indexes (only open cases are in them). The counts come in one
 * statement (the badge in every page's header); the rows of a queue, most urgent first, in another.
 */
@Service
@Transactional(readOnly = true)
public class CaseInbox {

	public static final int QUEUE_ROWS = 20;

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

	/** How many cases wait in each queue, in one statement. */
	public Map<Queue, Long> counts(Actor actor) {
		return counts(actor, CaseScope.of(actor, access));
	}

	private Map<Queue, Long> counts(Actor actor, CaseScope scope) {
		Map<String, Object> params = new HashMap<>();
		Map<Queue, String> conditions = conditions(actor, scope, params);
		StringBuilder sql = new StringBuilder("select ");
		List<Queue> queues = List.of(Queue.values());
		for (int i = 0; i < queues.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("count(*) filter (where ").append(conditions.get(queues.get(i))).append(')');
		}
		sql.append(" from demands_case c where c.status in ('SUBMITTED', 'HANDLING', 'ANSWERED') and (");
		sql.append(String.join(" or ", conditions.values())).append(')');
		Map<Queue, Long> counts = new EnumMap<>(Queue.class);
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			for (int i = 0; i < queues.size(); i++) {
				counts.put(queues.get(i), rs.getLong(i + 1));
			}
		});
		return counts;
	}

	/** The total the header badge shows. */
	public long waiting(Actor actor) {
		return counts(actor).values().stream().mapToLong(Long::longValue).sum();
	}

	/** Counts and the first rows of every queue that holds any, nearest deadline first. */
	public record Waiting(Map<Queue, Long> counts, Map<Queue, List<CaseRow>> queues) {
	}

	/**
	 * The whole inbox in three statements whatever the number of queues: the counts, the first rows
	 * of each non-empty queue (one UNION ALL), and the units those rows name.
	 */
	public Waiting waiting(Actor actor, Locale locale) {
		CaseScope scope = CaseScope.of(actor, access);
		Map<Queue, Long> counts = counts(actor, scope);
		Map<Queue, List<CaseRow>> queues = new EnumMap<>(Queue.class);
		List<Queue> filled = counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
		if (filled.isEmpty()) {
			return new Waiting(counts, queues);
		}
		Map<String, Object> params = new HashMap<>();
		Map<Queue, String> conditions = conditions(actor, scope, params);
		params.put("limit", QUEUE_ROWS);
		List<String> parts = filled.stream()
			.map(q -> "(select '" + q.name() + "' as queue, " + CaseStore.COLUMNS + " from demands_case c where "
					+ conditions.get(q) + " order by " + URGENCY + " limit :limit)")
			.toList();
		List<Map.Entry<Queue, DemandCase>> found = jdbc.sql(String.join(" union all ", parts))
			.params(params)
			.query((rs, n) -> Map.entry(Queue.valueOf(rs.getString("queue")), CaseStore.ROW.mapRow(rs, n)))
			.list();
		List<CaseRow> rows = query.rows(found.stream().map(Map.Entry::getValue).toList(), locale);
		for (int i = 0; i < found.size(); i++) {
			queues.computeIfAbsent(found.get(i).getKey(), q -> new java.util.ArrayList<>()).add(rows.get(i));
		}
		return new Waiting(counts, queues);
	}

	/** Nearest open deadline first, then the oldest. */
	private static final String URGENCY = "coalesce(case c.status when 'SUBMITTED' then c.accept_due"
			+ " when 'HANDLING' then c.due_date end, date '9999-12-31'), c.submitted_at, c.id";

	/**
	 * Each queue's condition over alias {@code c}, for this actor: fixed SQL text with named
	 * parameters; a queue the actor has no part in is {@code false}.
	 */
	private Map<Queue, String> conditions(Actor actor, CaseScope scope, Map<String, Object> params) {
		params.put("me", actor.userId());
		params.put("today", OfficeTime.today(clock));
		String mine = "(c.lead_user_id = :me or exists (select 1 from demands_co_handler h where h.case_id = c.id and h.user_id = :me))";
		String arising = actor.can(Privilege.DEMAND_DISPATCH)
				? "(" + unitCondition(scope, "unit", params) + " or " + unitCondition(scope, "escalated_unit", params) + ")"
				: "false";
		String handling = actor.can(Privilege.DEMAND_HANDLE) ? unitCondition(scope, "handling_unit", params) : "false";
		String toAccept = "(c.status = 'SUBMITTED' and " + arising + ")";
		String toAnswer = "(c.status = 'HANDLING' and (" + mine + " or " + handling + "))";
		String escalated = scope.byUnit()
				? "(c.status in ('SUBMITTED', 'HANDLING') and " + unitCondition(scope, "escalated_unit", params) + ")"
				: "false";
		String late = "((c.status = 'SUBMITTED' and c.accept_due < :today) or (c.status = 'HANDLING' and c.due_date < :today))";
		Map<Queue, String> conditions = new EnumMap<>(Queue.class);
		conditions.put(Queue.TO_ACCEPT, toAccept);
		conditions.put(Queue.TO_ANSWER, toAnswer);
		conditions.put(Queue.OVERDUE, "((" + toAccept + " or " + toAnswer + ") and " + late + " or " + escalated + ")");
		conditions.put(Queue.TO_RATE, "(c.status = 'ANSWERED' and (c.requester_user_id = :me or c.requester_user_id is null"
				+ " and (c.submitted_by_user_id = :me or " + arising + ")))");
		return conditions;
	}

	/** The actor's units as a condition on one of the case's unit columns ({@code unit}, {@code handling_unit}...). */
	private static String unitCondition(CaseScope scope, String column, Map<String, Object> params) {
		if (!scope.byUnit()) {
			return "false";
		}
		if (scope.pathPrefix() != null) {
			params.put("scopePath", scope.pathPrefix() + "%");
			return "c." + column + "_path like :scopePath";
		}
		if (scope.unitId() != null) {
			params.put("scopeUnit", scope.unitId());
			return "c." + column + "_id = :scopeUnit";
		}
		return "c." + column + "_id is not null";
	}

}
