package org.tongxin.members.selfservice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;

/**
 * Pending corrections within a data scope, in one statement: the scope's condition is the
 * registry's own ({@link MemberScope#appendTo}), over the person the correction is about.
 */
@Component
class CorrectionQuery {

	/** A pending correction with its person's name and unit, oldest first. */
	record Line(long id, String personName, long unitId) {
	}

	private final JdbcClient jdbc;

	CorrectionQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Line> pending(MemberScope scope, int limit) {
		return pending(scope, limit, 0);
	}

	/** A page of the pending corrections in scope, the oldest first. */
	List<Line> pending(MemberScope scope, int limit, long offset) {
		StringBuilder sql = new StringBuilder("select c.id, p.name, p.unit_id from members_correction c"
				+ " join members_person p on p.id = c.person_id where c.status = 'PENDING'");
		Map<String, Object> params = new HashMap<>();
		scope.appendTo(sql, params);
		sql.append(" order by c.requested_at, c.id limit :limit offset :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	long count(MemberScope scope) {
		StringBuilder sql = new StringBuilder("select count(*) from members_correction c"
				+ " join members_person p on p.id = c.person_id where c.status = 'PENDING'");
		Map<String, Object> params = new HashMap<>();
		scope.appendTo(sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

}
