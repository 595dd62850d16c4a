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

	private AuditVerification walk(List<Row> rows) {
		ChainWalk walk = new ChainWalk(hash);
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
