package org.tongxin.members.posts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.members.internal.MemberScope;

/**
 * The open posts of one session within a scope, counted (for the confirmation) and ended, each in
 * one statement whatever the number of people. Both share one WHERE clause, so the confirmation
 * counts exactly what the end will change; the scope is the registry's own condition on the
 * persons' unit paths ({@link MemberScope#appendTo}). Fixed SQL, every value a bound parameter.
 */
@Component
class SessionPosts {

	/** Posts that started after the end date are not of this session and would break end ≥ start. */
	private static final String MATCH = " and m.kind = :kind and m.level = :level and m.session_number = :session"
			+ " and m.ended_on is null and m.started_on <= :endedOn";

	private final JdbcClient jdbc;

	SessionPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int count(SessionEnd end, MemberScope scope) {
		Map<String, Object> params = new HashMap<>();
		String where = where(end, scope, params);
		return jdbc.sql("select count(*) from members_post m join members_person p on p.id = m.person_id where true" + where)
			.params(params).query(Integer.class).single();
	}

	/** Ends them and answers which; the version moves as a JPA change would, so a form opened before this is told it is stale. */
	List<Long> end(SessionEnd end, MemberScope scope, Instant now) {
		Map<String, Object> params = new HashMap<>();
		String where = where(end, scope, params);
		params.put("now", java.sql.Timestamp.from(now));
		return jdbc.sql("update members_post m set ended_on = :endedOn, updated_at = :now, version = m.version + 1"
				+ " from members_person p where p.id = m.person_id" + where + " returning m.id").params(params).query(Long.class).list();
	}

	private static String where(SessionEnd end, MemberScope scope, Map<String, Object> params) {
		params.put("kind", end.kind().name());
		params.put("level", end.level().name());
		params.put("session", end.sessionNumber());
		params.put("endedOn", end.endedOn());
		StringBuilder where = new StringBuilder(MATCH);
		scope.appendTo(where, params);
		return where.toString();
	}

}
