package org.tongxin.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.ActorContext;

/**
 * Appends a record to the chain. REQUIRED rather than MANDATORY: a failed login has no business
 * transaction to join, yet must be recorded; when there is one, the record shares its fate.
 *
 * <p>Appends are serialised by a transaction-scoped advisory lock, held until the caller commits,
 * so that two appends never read the same last hash and fork the chain (the unique prev_hash
 * constraint would refuse the second one). The id order is then the chain order.
 */
@Service
class JdbcAuditLog implements AuditLog {

	/** Advisory lock key of the audit chain: "txaudit" in ASCII; unique among the platform's locks. */
	static final long CHAIN_LOCK = 0x74786175646974L;

	static final String SYSTEM_ACTOR = "system";

	private final JdbcClient jdbc;

	private final ChainHash chainHash;

	private final ActorContext actors;

	private final SourceAddress sourceAddress;

	private final Clock clock = Clock.systemUTC();

	JdbcAuditLog(JdbcClient jdbc, ChainHash chainHash, ActorContext actors, SourceAddress sourceAddress) {
		this.jdbc = jdbc;
		this.chainHash = chainHash;
		this.actors = actors;
		this.sourceAddress = sourceAddress;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void append(AuditRecord record) {
		if (record.action() == null || record.action().isBlank()) {
			throw new IllegalArgumentException("An audit record needs an action");
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().listOfRows();
		String prevHash = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(ChainHash.GENESIS);
		// the clock is read under the lock, so that time never runs backwards along the chain
		ChainLink link = link(record, prevHash, Instant.now(clock));
		insert(link, chainHash.of(link));
	}

	private ChainLink link(AuditRecord record, String prevHash, Instant now) {
		Long actorId = record.actorId();
		String actorName = record.actorName();
		if (actorName == null) {
			Actor actor = actors.current().orElse(null);
			actorId = actor == null ? null : actor.userId();
			actorName = actor == null ? SYSTEM_ACTOR : actor.username();
		}
		return new ChainLink(prevHash, now, actorId, fit(actorName), fit(record.action()), fit(record.targetType()),
				fit(record.targetId()), DetailJson.write(record.orderedDetail()), fit(sourceAddress.current()));
	}

	private void insert(ChainLink link, String hash) {
		jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor_id, actor_name, action, target_type, target_id,
				                         detail, source_ip, prev_hash, hash)
				VALUES (:occurredAt, :actorId, :actorName, :action, :targetType, :targetId,
				        :detail, :sourceIp, :prevHash, :hash)
				""")
			.param("occurredAt", link.occurredAt().atOffset(ZoneOffset.UTC))
			.param("actorId", link.actorId())
			.param("actorName", link.actorName())
			.param("action", link.action())
			.param("targetType", link.targetType())
			.param("targetId", link.targetId())
			.param("detail", link.detail())
			.param("sourceIp", link.sourceIp())
			.param("prevHash", link.prevHash())
			.param("hash", hash)
			.update();
	}

	/**
	 * Short columns take at most 64 characters: a failed login records the name that was tried,
	 * which an attacker may make as long as they like, and the record must still be written.
	 */
	static String fit(String value) {
		if (value == null || value.length() <= 64) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(60)) ? 60 : 61;
		return value.substring(0, end) + "...";
	}

}
