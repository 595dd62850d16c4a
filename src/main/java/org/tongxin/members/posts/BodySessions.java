package org.tongxin.members.posts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.DataScope;
import org.tongxin.shared.security.Privilege;
import org.tongxin.shared.security.Requires;

/**
 * The sessions of the congresses and conferences with their total seats. Anyone who reads the
 * registry reads them; only the department (MEMBER_MANAGE over the whole network) keeps them,
 * since a town officer cannot know the district conference's seats. Every change is audited.
 */
@Service
public class BodySessions {

	private static final String COLUMNS = "id, kind, level, session_number, started_on, ended_on, total_seats, version";

	private final JdbcClient jdbc;

	private final BodySessionWriter writer;

	BodySessions(JdbcClient jdbc, BodySessionWriter writer) {
		this.jdbc = jdbc;
		this.writer = writer;
	}

	/** All sessions, the highest level first, then kind, the newest session first. */
	@Requires(Privilege.MEMBER_VIEW)
	@Transactional(readOnly = true)
	public List<BodySession> list(Actor actor) {
		return jdbc.sql("select " + COLUMNS + " from members_body_session order by"
				+ " array_position(array['NATIONAL','PROVINCIAL','CITY','COUNTY'], level::text), kind, session_number desc")
			.query(BodySessions::row)
			.list();
	}

	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public BodySession create(Actor actor, BodySessionDraft draft) {
		department(actor);
		return find(writer.create(draft));
	}

	/** Changes the term or the seats; kind, level and number stay (another session is another record). */
	@Requires(Privilege.MEMBER_MANAGE)
	@Transactional
	public BodySession update(Actor actor, long id, BodySessionDraft draft) {
		department(actor);
		BodySession current = find(id);
		if (draft.version() == null) {
			throw new Rejection("version", "bodySession.version.required");
		}
		writer.update(current, draft);
		return find(id);
	}

	private BodySession find(long id) {
		return jdbc.sql("select " + COLUMNS + " from members_body_session where id = :id")
			.param("id", id)
			.query(BodySessions::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("member-session", id));
	}

	private static void department(Actor actor) {
		if (actor.scope() != DataScope.ALL) {
			throw new AccessDeniedException("sessions are kept by the department");
		}
	}

	static BodySession row(ResultSet rs, int n) throws SQLException {
		return new BodySession(rs.getLong("id"), rs.getString("kind"), rs.getString("level"), rs.getInt("session_number"),
				rs.getObject("started_on", java.time.LocalDate.class), rs.getObject("ended_on", java.time.LocalDate.class),
				rs.getInt("total_seats"), rs.getLong("version"));
	}

}
