package org.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongxin.audit.AuditVerification;
import org.tongxin.audit.AuditVerification.Reason;

class ChainWalkTests {

	private final ChainHash hash = new ChainHash(ChainHashTests::hmac);

	@Test
	void anUnbrokenChainIsReportedIntactWithItsLength() {
		assertThat(walk(chain(5))).isEqualTo(AuditVerification.intact(5));
	}

	@Test
	void anEmptyTrailIsIntact() {
		assertThat(walk(List.of())).isEqualTo(AuditVerification.intact(0));
	}

	@Test
	void anEditedRecordIsReportedAtThatRecord() {
		List<Row> rows = chain(5);
		Row third = rows.get(2);
		rows.set(2, new Row(third.id(), new ChainLink(third.link().prevHash(), third.link().occurredAt(), 1L, "admin",
				"LOGIN_SUCCESS", null, null, "{\"n\":\"changed\"}", null), third.hash()));

		assertThat(walk(rows)).isEqualTo(AuditVerification.brokenAt(3, Reason.CONTENT_ALTERED, 3));
	}

	@Test
	void aRemovedRecordIsReportedAtTheOneAfterIt() {
		List<Row> rows = chain(5);
		rows.remove(2);

		assertThat(walk(rows)).isEqualTo(AuditVerification.brokenAt(4, Reason.CHAIN_BROKEN, 3));
	}

	@Test
	void aRemovedFirstRecordIsReported() {
		List<Row> rows = chain(3);
		rows.remove(0);

		assertThat(walk(rows)).isEqualTo(AuditVerification.brokenAt(2, Reason.CHAIN_BROKEN, 1));
	}

	@Test
	void removingTheNewestRecordsIsReportedAtTheRecordOfTheCheckpoint() {
		List<Row> rows = chain(5);
		Checkpoint checkpoint = Checkpoint.signed(4, rows.get(3).hash(), Instant.parse("2026-01-01T00:10:00Z"), MAC);
		assertThat(walk(rows, checkpoint)).isEqualTo(AuditVerification.intact(5));

		rows.remove(4);
		rows.remove(3);
		assertThat(walk(rows, checkpoint)).isEqualTo(AuditVerification.brokenAt(4, Reason.TAIL_REMOVED, 3));
	}

	@Test
	void aCheckpointRecordWithAnotherHashIsReported() {
		List<Row> rows = chain(3);
		Checkpoint checkpoint = Checkpoint.signed(2, "f".repeat(64), Instant.parse("2026-01-01T00:10:00Z"), MAC);

		assertThat(walk(rows, checkpoint)).isEqualTo(AuditVerification.brokenAt(2, Reason.TAIL_REMOVED, 2));
	}

	@Test
	void aCheckpointLineIsAcceptedOnlyWithItsSignature() {
		Checkpoint checkpoint = Checkpoint.signed(42, "a".repeat(64), Instant.parse("2026-01-01T00:10:00Z"), MAC);
		assertThat(Checkpoint.parse(checkpoint.line(), MAC)).isEqualTo(checkpoint);
		assertThat(Checkpoint.parse(checkpoint.line().replace(" 42 ", " 41 "), MAC)).as("an earlier record named").isNull();
		assertThat(Checkpoint.parse(checkpoint.line(), bytes -> new byte[32])).as("signed with another key").isNull();
		assertThat(Checkpoint.parse("", MAC)).isNull();
		assertThat(Checkpoint.parse("tongxin-audit-checkpoint-v1 x y z w", MAC)).isNull();
	}

	private static final java.util.function.UnaryOperator<byte[]> MAC = bytes -> {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec("checkpoint-test-key".getBytes(), "HmacSHA256"));
			return mac.doFinal(bytes);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	};

	private AuditVerification walk(List<Row> rows) {
		return walk(rows, null);
	}

	private AuditVerification walk(List<Row> rows, Checkpoint checkpoint) {
		ChainWalk walk = new ChainWalk(hash, checkpoint);
		for (Row row : rows) {
			if (!walk.accept(row.id(), row.link(), row.hash())) {
				break;
			}
		}
		return walk.result();
	}

	private List<Row> chain(int length) {
		List<Row> rows = new ArrayList<>();
		String prev = ChainHash.GENESIS;
		for (long id = 1; id <= length; id++) {
			ChainLink link = new ChainLink(prev, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id), 1L, "admin",
					"LOGIN_SUCCESS", null, null, "{\"n\":\"" + id + "\"}", null);
			prev = hash.of(link);
			rows.add(new Row(id, link, prev));
		}
		return rows;
	}

	private record Row(long id, ChainLink link, String hash) {
	}

}
