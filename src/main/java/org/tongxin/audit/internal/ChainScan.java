package org.tongxin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditVerification;

/**
 * Reads the whole trail in id order through a cursor: PostgreSQL streams rows in batches of the
 * fetch size only inside a transaction, so millions of records are checked in constant memory.
 * One statement sees one snapshot, so appends made meanwhile neither disturb nor join the scan.
 */
@Component
class ChainScan {

	static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	private final ChainHash chainHash;

	ChainScan(JdbcClient jdbc, ChainHash chainHash) {
		this.jdbc = jdbc;
		this.chainHash = chainHash;
	}

	/** @param checkpoint the last checkpoint, whose record the chain must contain; null when there is none */
	@Transactional(readOnly = true)
	public AuditVerification run(Checkpoint checkpoint) {
		return jdbc.sql("""
				SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id, detail, source_ip,
				       prev_hash, hash
				FROM audit_event ORDER BY id
				""").withFetchSize(FETCH_SIZE).query((ResultSetExtractor<AuditVerification>) rows -> walk(rows, checkpoint));
	}

	private AuditVerification walk(ResultSet rows, Checkpoint checkpoint) throws SQLException {
		ChainWalk walk = new ChainWalk(chainHash, checkpoint);
		while (rows.next()) {
			if (!walk.accept(rows.getLong("id"), link(rows), rows.getString("hash"))) {
				break;
			}
		}
		return walk.result();
	}

	private static ChainLink link(ResultSet row) throws SQLException {
		return new ChainLink(row.getString("prev_hash"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getObject("actor_id", Long.class), row.getString("actor_name"), row.getString("action"),
				row.getString("target_type"), row.getString("target_id"), row.getString("detail"),
				row.getString("source_ip"));
	}

}
