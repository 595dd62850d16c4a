package org.tongxin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tongxin.ActorFixtures;
import org.tongxin.audit.AuditVerification.Reason;
import org.tongxin.audit.internal.ChainCheckpoints;

/**
 * The chain against the real database. Tampering tests run in a transaction that is rolled back,
 * so that the trail other tests see stays intact. MockMvc is configured, though unused, so that
 * this class shares the context (and the one embedded database) of the web tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditChainIntegrationTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ChainCheckpoints checkpoints;

	Path checkpointFile;

	@BeforeEach
	void findCheckpointFile() {
		checkpointFile = checkpoints.file();
	}

	@AfterEach
	void forgetRequestAndUser() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void concurrentAppendsFormOneLinearChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> appends = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			int n = i;
			appends.add(pool.submit(() -> auditLog.append(AuditRecord.of("TEST_CONCURRENT").detail("n", n))));
		}
		for (Future<?> append : appends) {
			append.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(verifier.verify().ok()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'TEST_CONCURRENT'").query(Long.class).single())
			.isGreaterThanOrEqualTo(50);
		assertEachRecordLinksToTheOneBefore();
	}

	@Test
	@Transactional
	void tamperingWithARowIsReportedAtThatRow() {
		assumeSuperuser();
		long middle = appendThree("TEST_TAMPER");
		disableTriggers();

		jdbc.sql("UPDATE audit_event SET detail = '{\"n\":\"forged\"}' WHERE id = :id").param("id", middle).update();

		AuditVerification result = verifier.verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(middle);
		assertThat(result.reason()).isEqualTo(Reason.CONTENT_ALTERED);
	}

	@Test
	@Transactional
	void deletingAMiddleRowIsReportedAtTheRowAfterIt() {
		assumeSuperuser();
		long middle = appendThree("TEST_DELETE");
		long next = jdbc.sql("SELECT min(id) FROM audit_event WHERE id > :id").param("id", middle).query(Long.class).single();
		disableTriggers();

		jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", middle).update();

		AuditVerification result = verifier.verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(next);
		assertThat(result.reason()).isEqualTo(Reason.CHAIN_BROKEN);
	}

	@Test
	@Transactional
	void removingTheNewestRecordsIsReportedAgainstTheCheckpointOutsideTheDatabase() throws Exception {
		assumeSuperuser();
		long middle = appendThree("TEST_TRUNCATE");
		checkpoints.advance();
		long newest = lastId();
		assertThat(Files.readString(checkpointFile)).contains(" " + newest + " ");
		assertThat(Files.getPosixFilePermissions(checkpointFile)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		disableTriggers();

		jdbc.sql("DELETE FROM audit_event WHERE id > :id").param("id", middle).update();

		AuditVerification result = verifier.verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.firstBrokenId()).isEqualTo(newest);
		assertThat(result.reason()).isEqualTo(Reason.TAIL_REMOVED);
		checkpoints.advance();
		assertThat(Files.readString(checkpointFile)).as("the evidence is kept, not moved back").contains(" " + newest + " ");
	}

	@Test
	@Transactional
	void anAlteredCheckpointFileIsReported() throws Exception {
		checkpoints.advance();
		String genuine = Files.readString(checkpointFile);
		String[] parts = genuine.strip().split(" ");
		Files.writeString(checkpointFile, genuine.replace(" " + parts[1] + " ", " " + (Long.parseLong(parts[1]) - 1) + " "));

		AuditVerification result = verifier.verify();
		assertThat(result.ok()).isFalse();
		assertThat(result.reason()).isEqualTo(Reason.CHECKPOINT_INVALID);
	}

	/** The tests above leave a checkpoint of records their rollback removed (or a forged one): start afresh from what was committed. */
	@AfterTransaction
	void checkpointWhatWasCommitted() throws Exception {
		Files.deleteIfExists(checkpointFile);
		checkpoints.advance();
	}

	@Test
	void aPlainUpdateOrDeleteIsRefusedByTheDatabase() {
		auditLog.append(AuditRecord.of("TEST_REFUSED"));
		long id = lastId();

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor_name = 'someone' WHERE id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void aRecordRollsBackWithTheCallersTransaction() {
		long before = lastId();

		transactions.executeWithoutResult(status -> {
			auditLog.append(AuditRecord.of("TEST_ROLLED_BACK"));
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :id AND action = 'TEST_ROLLED_BACK'")
			.param("id", before).query(Long.class).single()).isZero();
	}

	@Test
	void theActorIsTheCurrentUserOrTheSystem() {
		auditLog.append(AuditRecord.of("TEST_ACTOR"));
		assertThat(lastColumn("actor_name")).isEqualTo("system");

		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(ActorFixtures.actor("auditor"), null));
		auditLog.append(AuditRecord.of("TEST_ACTOR"));
		assertThat(lastColumn("actor_name")).isEqualTo("auditor");

		auditLog.append(AuditRecord.of("LOGIN_FAILURE").actor(null, "tried-name"));
		assertThat(lastColumn("actor_name")).isEqualTo("tried-name");
	}

	@Test
	void theSourceIsTheRequestsAddressAndForwardedForIsNotTrusted() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("192.0.2.10");
		request.addHeader("X-Forwarded-For", "198.51.100.1");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		auditLog.append(AuditRecord.of("TEST_SOURCE"));

		assertThat(lastColumn("source_ip")).isEqualTo("192.0.2.10");
	}

	@Test
	void detailIsStoredAsJsonInTheOrderGiven() {
		auditLog.append(AuditRecord.of("UNIT_RENAMED").target("unit", 42).detail("from", "旧名").detail("to", "新名"));

		assertThat(lastColumn("detail")).isEqualTo("{\"from\":\"旧名\",\"to\":\"新名\"}");
		assertThat(lastColumn("target_id")).isEqualTo("42");
	}

	@Test
	void aVerificationIsItselfRecorded() {
		AuditVerification result = verifier.verify();

		assertThat(result.ok()).isTrue();
		assertThat(lastColumn("action")).isEqualTo("AUDIT_VERIFIED");
		assertThat(lastColumn("detail")).contains("\"checked\":\"" + result.checked() + "\"");
	}

	private long appendThree(String action) {
		auditLog.append(AuditRecord.of(action).detail("n", 1));
		auditLog.append(AuditRecord.of(action).detail("n", 2));
		long middle = lastId();
		auditLog.append(AuditRecord.of(action).detail("n", 3));
		return middle;
	}

	/** Test-only: what a superuser with database access could do; the chain must still tell. */
	private void disableTriggers() {
		jdbc.sql("SET LOCAL session_replication_role = replica").update();
	}

	private void assumeSuperuser() {
		assumeTrue(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single(),
				"tampering needs a superuser to disable the triggers");
	}

	private void assertEachRecordLinksToTheOneBefore() {
		List<String[]> links = jdbc.sql("SELECT prev_hash, hash FROM audit_event ORDER BY id")
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list();
		String expected = "0".repeat(64);
		for (String[] link : links) {
			assertThat(link[0]).isEqualTo(expected);
			expected = link[1];
		}
	}

	private long lastId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
	}

	private String lastColumn(String column) {
		Object value = jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC LIMIT 1").query().singleRow().get(column);
		return value == null ? null : value.toString();
	}

}
