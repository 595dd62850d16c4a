package org.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class ChainHashTests {

	private static final Instant AT = Instant.parse("2026-03-01T08:15:30.123456Z");

	private final ChainHash hash = new ChainHash(ChainHashTests::hmac);

	@Test
	void theHashIsSixtyFourLowerCaseHexDigitsAndStable() {
		String first = hash.of(link("from", "a"));

		assertThat(first).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(hash.of(link("from", "a"))).isEqualTo(first);
	}

	@Test
	void movingTextBetweenAdjacentFieldsChangesTheHash() {
		ChainLink ab = new ChainLink(ChainHash.GENESIS, AT, 1L, "ab", "c", null, null, null, null);
		ChainLink a = new ChainLink(ChainHash.GENESIS, AT, 1L, "a", "bc", null, null, null, null);

		assertThat(hash.of(ab)).isNotEqualTo(hash.of(a));
	}

	@Test
	void aMissingValueIsNotTheSameAsAnEmptyOne() {
		ChainLink missing = new ChainLink(ChainHash.GENESIS, AT, null, "u", "X", null, null, null, null);
		ChainLink empty = new ChainLink(ChainHash.GENESIS, AT, null, "u", "X", "", null, null, null);

		assertThat(hash.of(missing)).isNotEqualTo(hash.of(empty));
	}

	@Test
	void everyFieldIsCovered() {
		ChainLink base = new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "X", "unit", "7", "{}", "10.0.0.1");
		String h = hash.of(base);

		assertThat(hash.of(new ChainLink("1".repeat(64), AT, 1L, "u", "X", "unit", "7", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT.plusNanos(1000), 1L, "u", "X", "unit", "7", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 2L, "u", "X", "unit", "7", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 1L, "v", "X", "unit", "7", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "Y", "unit", "7", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "X", "user", "7", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "X", "unit", "8", "{}", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "X", "unit", "7", "{ }", "10.0.0.1"))).isNotEqualTo(h);
		assertThat(hash.of(new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "X", "unit", "7", "{}", "10.0.0.2"))).isNotEqualTo(h);
	}

	@Test
	void nanosecondsBeyondWhatPostgresKeepsDoNotChangeTheHash() {
		ChainLink stored = new ChainLink(ChainHash.GENESIS, AT, 1L, "u", "X", null, null, null, null);
		ChainLink precise = new ChainLink(ChainHash.GENESIS, AT.plusNanos(789), 1L, "u", "X", null, null, null, null);

		assertThat(precise.occurredAt()).isEqualTo(AT);
		assertThat(hash.of(precise)).isEqualTo(hash.of(stored));
	}

	@Test
	void anotherKeyGivesAnotherHash() {
		ChainHash otherKey = new ChainHash(bytes -> hmac("other".getBytes(StandardCharsets.UTF_8), bytes));

		assertThat(otherKey.of(link("from", "a"))).isNotEqualTo(hash.of(link("from", "a")));
	}

	@Test
	void theEncodingLengthPrefixesEachFieldAndMarksMissingOnes() {
		byte[] bytes = ChainHash.canonical(new ChainLink(ChainHash.GENESIS, AT, null, "u", "X", null, null, null, null));

		// format, prev hash, micros, four null markers... each field: 4 bytes of length first
		assertThat(bytes).startsWith(0, 0, 0, 16);
		assertThat(new String(bytes, 4, 16, StandardCharsets.UTF_8)).isEqualTo("tongxin-audit-v1");
		assertThat(bytes).endsWith(-1, -1, -1, -1);
	}

	static ChainLink link(String key, String value) {
		return new ChainLink(ChainHash.GENESIS, AT, 7L, "admin", "UNIT_RENAMED", "unit", "42",
				DetailJson.write(java.util.Map.of(key, value)), "127.0.0.1");
	}

	static byte[] hmac(byte[] data) {
		return hmac("test-key".getBytes(StandardCharsets.UTF_8), data);
	}

	static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
