package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sessions and their score rules: one statement reads them all (a handful of rows), writes are version-guarded. */
@Component
class ScoringSessionStore {

	private final JdbcClient jdbc;

	ScoringSessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every session, the newest first. */
	List<ScoringSession> all() {
		Map<Long, Object[]> heads = new LinkedHashMap<>();
		Map<Long, Map<ScoreItem, BigDecimal>> points = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, s.name, s.starts_on, s.ends_on, s.version, r.item, r.points
				from proposals_session s left join proposals_score_rule r on r.session_id = s.id
				order by s.starts_on desc, s.id desc""").query(rs -> {
			long id = rs.getLong("id");
			heads.computeIfAbsent(id, k -> {
				try {
					return new Object[] { rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
							rs.getObject("ends_on", LocalDate.class), rs.getLong("version") };
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Map<ScoreItem, BigDecimal> map = points.computeIfAbsent(id, k -> new EnumMap<>(ScoreItem.class));
			String item = rs.getString("item");
			if (item != null) {
				map.put(ScoreItem.valueOf(item), rs.getBigDecimal("points"));
			}
		});
		List<ScoringSession> sessions = new ArrayList<>();
		heads.forEach((id, h) -> sessions.add(new ScoringSession(id, (String) h[0], (LocalDate) h[1], (LocalDate) h[2],
				(Long) h[3], points.get(id))));
		return sessions;
	}

	Optional<ScoringSession> find(long id) {
		return all().stream().filter(s -> s.id() == id).findFirst();
	}

	boolean nameTaken(String name, Long exceptId) {
		return jdbc.sql("select count(*) from proposals_session where name = :name and id <> :id").param("name", name)
			.param("id", exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
	}

	long create(String name, LocalDate startsOn, LocalDate endsOn, Map<ScoreItem, BigDecimal> points) {
		long id = jdbc.sql("insert into proposals_session (name, starts_on, ends_on) values (:name, :s, :e) returning id")
			.param("name", name).param("s", Date.valueOf(startsOn)).param("e", Date.valueOf(endsOn))
			.query(Long.class).single();
		writePoints(id, points);
		return id;
	}

	void update(long id, long version, String name, LocalDate startsOn, LocalDate endsOn,
			Map<ScoreItem, BigDecimal> points) {
		int rows = jdbc.sql("""
				update proposals_session set name = :name, starts_on = :s, ends_on = :e, version = version + 1
				where id = :id and version = :version""")
			.param("name", name).param("s", Date.valueOf(startsOn)).param("e", Date.valueOf(endsOn)).param("id", id)
			.param("version", version).update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("proposals_session " + id + " is not at version " + version);
		}
		writePoints(id, points);
	}

	private void writePoints(long id, Map<ScoreItem, BigDecimal> points) {
		points.forEach((item, value) -> jdbc.sql("""
				insert into proposals_score_rule (session_id, item, points) values (:id, :item, :points)
				on conflict (session_id, item) do update set points = excluded.points""")
			.param("id", id).param("item", item.name()).param("points", value).update());
	}

}
