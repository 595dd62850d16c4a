package org.tongxin.proposals.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.proposals.SourceKind;

/**
 * Reads and writes {@code proposals_decision} and its sources with plain statements, every value a
 * bound parameter. A decision is changed whole, guarded by its version: a second writer on the
 * same version gets an {@link OptimisticLockingFailureException} (409) and changes nothing.
 */
@Component
public class DecisionStore implements SourceLinkTable {

	private static final String COLUMNS = "d.id, d.issuer, d.reference, d.title, d.decided_on, d.summary, d.created_by,"
			+ " d.created_at, d.version";

	/** A source link: which record, and which decision it belongs to. */
	record Link(long decisionId, SourceKind kind, long sourceId) {
	}

	private final JdbcClient jdbc;

	DecisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Decision> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from proposals_decision d where d.id = :id").param("id", id)
			.query(DecisionStore::map).optional();
	}

	boolean referenceTaken(String reference, Long except) {
		return jdbc.sql("select exists (select 1 from proposals_decision where reference = :r and id <> :except)")
			.param("r", reference).param("except", except == null ? -1L : except).query(Boolean.class).single();
	}

	long insert(DecisionValues v, long userId, Instant at) {
		return jdbc.sql("""
				insert into proposals_decision (issuer, reference, title, decided_on, summary, created_by, created_at, version)
				values (:issuer, :reference, :title, :decidedOn, :summary, :user, :at, 0) returning id""")
			.param("issuer", v.issuer().name()).param("reference", v.reference()).param("title", v.title())
			.param("decidedOn", v.decidedOn()).param("summary", v.summary()).param("user", userId)
			.param("at", Timestamp.from(at)).query(Long.class).single();
	}

	void update(long id, long version, DecisionValues v) {
		int updated = jdbc.sql("""
				update proposals_decision set issuer = :issuer, reference = :reference, title = :title,
				  decided_on = :decidedOn, summary = :summary, version = version + 1
				where id = :id and version = :version""")
			.param("issuer", v.issuer().name()).param("reference", v.reference()).param("title", v.title())
			.param("decidedOn", v.decidedOn()).param("summary", v.summary()).param("id", id).param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("decision " + id + " changed since version " + version);
		}
	}

	/**
	 * Decisions by date, newest first, of a year and an issuer (both optional), limited to
	 * {@code visible} ids or those with a result owned within {@code owner} (both null: every one).
	 */
	List<DecisionRow> list(Integer year, Issuer issuer, Set<Long> visible, OwnerCondition owner, int limit) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder("""
				select d.id, d.issuer, d.reference, d.title, d.decided_on,
				  (select count(*) from proposals_decision_source s where s.decision_id = d.id) as sources,
				  (select count(*) from proposals_result r where r.decision_id = d.id) as results,
				  (select round(avg(r.progress))::integer from proposals_result r where r.decision_id = d.id) as progress
				from proposals_decision d where true""");
		if (year != null) {
			sql.append(" and d.decided_on >= :from and d.decided_on < :to");
			params.put("from", LocalDate.of(year, 1, 1));
			params.put("to", LocalDate.of(year + 1, 1, 1));
		}
		if (issuer != null) {
			sql.append(" and d.issuer = :issuer");
			params.put("issuer", issuer.name());
		}
		if (visible != null || owner != null) {
			sql.append(" and (false");
			if (visible != null && !visible.isEmpty()) {
				sql.append(" or d.id in (:visible)");
				params.put("visible", visible);
			}
			if (owner != null && !owner.ownsNone()) {
				sql.append(" or exists (select 1 from proposals_result r where r.decision_id = d.id");
				owner.appendTo(sql, params);
				sql.append(")");
			}
			sql.append(")");
		}
		sql.append(" order by d.decided_on desc, d.id desc limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new DecisionRow(rs.getLong("id"),
				Issuer.valueOf(rs.getString("issuer")), rs.getString("reference"), rs.getString("title"),
				rs.getObject("decided_on", LocalDate.class), rs.getInt("sources"), rs.getInt("results"),
				(Integer) rs.getObject("progress", Integer.class))).list();
	}

	/** The newest decisions, to offer on the "转化为决策" form. */
	List<Decision> recent(int limit) {
		return jdbc.sql("select " + COLUMNS + " from proposals_decision d order by d.decided_on desc, d.id desc limit :limit")
			.param("limit", limit).query(DecisionStore::map).list();
	}

	List<Link> links(Long decisionId) {
		return jdbc.sql("select decision_id, source_kind, source_id from proposals_decision_source"
				+ (decisionId == null ? "" : " where decision_id = :id") + " order by linked_at, source_id")
			.params(decisionId == null ? Map.of() : Map.of("id", decisionId))
			.query((rs, n) -> new Link(rs.getLong(1), SourceKind.valueOf(rs.getString(2)), rs.getLong(3))).list();
	}

	@Override
	public Optional<LinkedDecision> decisionOf(SourceKind kind, long sourceId) {
		return jdbc.sql("select d.id, d.reference from proposals_decision_source s join proposals_decision d"
				+ " on d.id = s.decision_id where s.source_kind = :kind and s.source_id = :id")
			.param("kind", kind.name()).param("id", sourceId)
			.query((rs, n) -> new LinkedDecision(rs.getLong(1), rs.getString(2))).optional();
	}

	/** ON CONFLICT DO NOTHING rather than a caught unique violation: PostgreSQL aborts a transaction after one. */
	@Override
	public boolean insert(long decisionId, SourceKind kind, long sourceId, long userId, Instant at) {
		return jdbc.sql("""
				insert into proposals_decision_source (decision_id, source_kind, source_id, linked_by, linked_at)
				values (:decision, :kind, :source, :user, :at) on conflict do nothing""")
			.param("decision", decisionId).param("kind", kind.name()).param("source", sourceId).param("user", userId)
			.param("at", Timestamp.from(at)).update() == 1;
	}

	private static Decision map(ResultSet rs, int n) throws SQLException {
		return new Decision(rs.getLong("id"), Issuer.valueOf(rs.getString("issuer")), rs.getString("reference"),
				rs.getString("title"), rs.getObject("decided_on", LocalDate.class), rs.getString("summary"),
				rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
