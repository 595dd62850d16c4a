package org.tongxin.members.posts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.Rejection;

/**
 * Writes sessions by the rules and audits each change, with no privilege check of its own: callers
 * are {@link BodySessions} (which checks the actor) and the demo (which writes as the platform),
 * as {@link PostWriter} is for posts.
 */
@Component
public class BodySessionWriter {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	BodySessionWriter(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Records a session checked by the rules; a session of that body and number recorded before is refused on sessionNumber. */
	public long create(BodySessionDraft draft) {
		BodySession s = BodySessionRules.check(draft);
		if (jdbc.sql("select count(*) from members_body_session where kind = :kind and level = :level and session_number = :session")
			.params(params(s)).query(Integer.class).single() > 0) {
			throw new Rejection("sessionNumber", "bodySession.exists");
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into members_body_session (kind, level, session_number, started_on, ended_on, total_seats, created_at, updated_at)
					values (:kind, :level, :session, :started, :ended, :seats, :now, :now) returning id""")
				.params(params(s))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException raced) {
			throw new Rejection("sessionNumber", "bodySession.exists");
		}
		audit(AuditRecord.of("MEMBER_SESSION_CREATED"), id, s);
		return id;
	}

	/** Changes the term and seats of {@code current} if its version is still the draft's (409 otherwise). */
	void update(BodySession current, BodySessionDraft draft) {
		BodySession s = BodySessionRules.check(new BodySessionDraft(current.kind(), current.level(),
				String.valueOf(current.sessionNumber()), draft.startedOn(), draft.endedOn(), draft.totalSeats(), null));
		int changed = jdbc.sql("""
				update members_body_session set started_on = :started, ended_on = :ended, total_seats = :seats,
				  updated_at = :now, version = version + 1 where id = :id and version = :version""")
			.params(params(s))
			.param("id", current.id())
			.param("version", draft.version())
			.update();
		if (changed == 0) {
			throw new ObjectOptimisticLockingFailureException(BodySession.class, current.id());
		}
		audit(AuditRecord.of("MEMBER_SESSION_UPDATED"), current.id(), s);
	}

	private Map<String, Object> params(BodySession s) {
		Map<String, Object> params = new HashMap<>();
		params.put("kind", s.kind());
		params.put("level", s.level());
		params.put("session", s.sessionNumber());
		params.put("started", s.startedOn());
		params.put("ended", s.endedOn());
		params.put("seats", s.totalSeats());
		params.put("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		return params;
	}

	private void audit(AuditRecord record, long id, BodySession s) {
		auditLog.append(record.target("member-session", id).detail("kind", s.kind()).detail("level", s.level())
			.detail("session", String.valueOf(s.sessionNumber())).detail("seats", String.valueOf(s.totalSeats())));
	}

}
