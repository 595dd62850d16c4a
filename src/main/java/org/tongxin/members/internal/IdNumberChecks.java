package org.tongxin.members.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.security.Privilege;

/**
 * Rations the registry's answer to "is this ID number registered?" for users who may not see ID
 * numbers. Numbers are unique, so a form that refuses a duplicate or an import that finds the
 * person a row describes tells whoever typed the number whether it is registered; a role that sees
 * {@code 5111**************} and a birth year could otherwise test every candidate number of a
 * person it can list (a few hundred thousand) and so learn the number it must not see. Each such
 * user may have at most {@code limit} distinct numbers checked per rolling {@code window} (the
 * same number again is free); beyond it the form or the sheet is refused as a whole, with the
 * reason, and the refusal is audited and logged as a warning for the security officer.
 *
 * <p>The count is kept in the request's own transaction (a second connection per request would let
 * a few concurrent registrations exhaust the pool), under a per-user lock held to its end. A form's
 * number still counts when its request is rolled back, since a refused duplicate gave its answer:
 * it is recorded again once the request has ended. A refused sheet counts nothing, since it was
 * answered nothing. Roles that may see ID numbers are not counted: they could read the numbers anyway.
 */
@Component
public class IdNumberChecks {

	private static final Logger log = LoggerFactory.getLogger(IdNumberChecks.class);

	/** The first key of the per-user advisory lock that serialises two counts of one user. */
	private static final int LOCK_CLASS = 0x1D0C;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	IdNumberChecks(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog auditLog, Clock clock,
			@Value("${tongxin.members.masked-id-checks.limit:2000}") int limit,
			@Value("${tongxin.members.masked-id-checks.window:30d}") Duration window) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.auditLog = auditLog;
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	/** How many distinct numbers a user who may not see ID numbers may have checked per window. */
	public int limit() {
		return limit;
	}

	public Duration window() {
		return window;
	}

	/**
	 * Counts the numbers (by keyed hash) the actor is about to have checked, or refuses on the
	 * field, counting none of them, when that would take the actor past the limit.
	 */
	void admit(Actor actor, Collection<String> hashes, String field) {
		if (actor.can(Privilege.MEMBER_SENSITIVE_VIEW) || hashes.isEmpty()) {
			return;
		}
		Set<String> distinct = new TreeSet<>(hashes);
		boolean inRequest = TransactionSynchronizationManager.isActualTransactionActive();
		Integer left = inRequest ? count(actor.userId(), distinct) : ownTransaction.execute(status -> count(actor.userId(), distinct));
		if (left == null && inRequest && "idNumber".equals(field)) {
			afterRollback(() -> ownTransaction.executeWithoutResult(status -> record(actor.userId(), distinct)));
		}
		if (left != null) {
			refused(actor, distinct.size(), left);
			throw "idNumber".equals(field) ? new Rejection(field, "member.idChecks.exhausted", limit, window.toDays())
					: new Rejection(field, "member.idChecks.sheetExhausted", limit, window.toDays(), left);
		}
	}

	/** Counts the numbers and returns null, or returns how many new numbers were left when they are too many. */
	private Integer count(long userId, Set<String> hashes) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:cls, :user)").param("cls", LOCK_CLASS).param("user", (int) userId)
			.query().listOfRows();
		Instant now = clock.instant();
		Instant since = now.minus(window);
		jdbc.sql("DELETE FROM members_id_check WHERE user_id = :user AND checked_at < :since").param("user", userId)
			.param("since", java.sql.Timestamp.from(since)).update();
		long used = jdbc.sql("SELECT count(*) FROM members_id_check WHERE user_id = :user").param("user", userId)
			.query(Long.class).single();
		String[] all = hashes.toArray(String[]::new);
		long known = jdbc.sql("SELECT count(*) FROM members_id_check WHERE user_id = :user AND id_number_hash = ANY(:hashes)")
			.param("user", userId).param("hashes", all).query(Long.class).single();
		long fresh = all.length - known;
		if (used + fresh > limit) {
			return (int) Math.max(0, limit - used);
		}
		record(userId, hashes);
		return null;
	}

	private void record(long userId, Set<String> hashes) {
		jdbc.sql("""
				INSERT INTO members_id_check (user_id, id_number_hash, checked_at)
				SELECT :user, h, :now FROM unnest(:hashes) AS h
				ON CONFLICT (user_id, id_number_hash) DO UPDATE SET checked_at = EXCLUDED.checked_at""")
			.param("user", userId).param("hashes", hashes.toArray(String[]::new))
			.param("now", java.sql.Timestamp.from(clock.instant())).update();
	}

	/** Runs once the request's transaction has rolled back. */
	private static void afterRollback(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					action.run();
				}
			}
		});
	}

	/**
	 * Audits a refusal once the request's own transaction has ended (it rolls back, and may hold the
	 * audit trail's lock already), and logs it for the security officer.
	 */
	private void refused(Actor actor, int numbers, int left) {
		log.warn("User {} ({}) may not see ID numbers and was refused a check of {} more ID numbers: {} of {} left for {}",
				actor.userId(), actor.username(), numbers, left, limit, window);
		AuditRecord record = AuditRecord.of("MEMBER_ID_CHECKS_EXHAUSTED").target("user", actor.userId())
			.detail("numbers", String.valueOf(numbers)).detail("left", String.valueOf(left))
			.detail("limit", String.valueOf(limit));
		Runnable append = () -> ownTransaction.executeWithoutResult(status -> auditLog.append(record));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					append.run();
				}
			});
		}
		else {
			append.run();
		}
	}

}
