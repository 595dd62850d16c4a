package org.tongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail for people: newest first, a page at a time. Two statements per page (rows and
 * count) plus one for the action list, whatever the filter.
 */
@Component
public class AuditQuery {

	/** Days in the filter and times on the page are those of the office, not of the server. */
	public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = "id, occurred_at, actor_id, actor_name, action, target_type, target_id, detail, source_ip";

	private final JdbcClient jdbc;

	AuditQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<AuditEntryView> page(AuditFilter filter, int page, int size) {
		Where where = where(filter);
		List<AuditEntryView> rows = jdbc
			.sql("SELECT " + COLUMNS + " FROM audit_event" + where.sql() + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditQuery::view)
			.list();
		long total = jdbc.sql("SELECT count(*) FROM audit_event" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	/**
	 * The actions that occur in the trail, for the filter's list. A loose index scan: one index
	 * probe per distinct action instead of reading every row, as {@code SELECT DISTINCT} would.
	 */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.sql("""
				WITH RECURSIVE found(action) AS (
				    (SELECT action FROM audit_event ORDER BY action LIMIT 1)
				    UNION ALL
				    SELECT (SELECT e.action FROM audit_event e WHERE e.action > found.action ORDER BY e.action LIMIT 1)
				    FROM found WHERE found.action IS NOT NULL
				)
				SELECT action FROM found WHERE action IS NOT NULL
				""").query(String.class).list();
	}

	/**
	 * Each condition is a constant fragment chosen by which filter is present; values are always
	 * bound as parameters. Nothing from the request ever becomes SQL text.
	 */
	private static Where where(AuditFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", startOf(filter.to().plusDays(1)));
		}
		add(conditions, params, "actor_name = :actor", "actor", filter.actor());
		add(conditions, params, "action = :action", "action", filter.action());
		add(conditions, params, "target_type = :targetType", "targetType", filter.targetType());
		add(conditions, params, "target_id = :targetId", "targetId", filter.targetId());
		String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return new Where(sql, params);
	}

	private static void add(List<String> conditions, Map<String, Object> params, String condition, String name,
			String value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(OFFICE_ZONE).toOffsetDateTime();
	}

	private static AuditEntryView view(ResultSet row, int rowNum) throws SQLException {
		OffsetDateTime at = row.getObject("occurred_at", OffsetDateTime.class);
		return new AuditEntryView(row.getLong("id"), at.atZoneSameInstant(OFFICE_ZONE).toOffsetDateTime(),
				row.getObject("actor_id", Long.class), row.getString("actor_name"), row.getString("action"),
				row.getString("target_type"), row.getString("target_id"), DetailJson.read(row.getString("detail")),
				row.getString("source_ip"));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
