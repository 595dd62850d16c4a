package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tongxin.identity.internal.Totp;

class TotpTest {

	// RFC 6238 appendix B: SHA-1 secret "12345678901234567890"; its base32 form
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Test
	void codesMatchTheRfc6238TestVectors() {
		assertThat(new String("12345678901234567890".getBytes(StandardCharsets.US_ASCII))).hasSize(20);
		// the RFC lists 8 digits; the 6 low digits are what authenticator apps show
		assertThat(Totp.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndRefusedBeyond() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		String code = Totp.currentCode(RFC_SECRET, now);
		assertThat(Totp.verify(RFC_SECRET, code, now.plusSeconds(30))).isTrue();
		assertThat(Totp.verify(RFC_SECRET, code, now.minusSeconds(30))).isTrue();
		assertThat(Totp.verify(RFC_SECRET, code, now.plusSeconds(95))).isFalse();
		assertThat(Totp.verify(RFC_SECRET, "12a456", now)).isFalse();
	}

	@Test
	void aNewSecretIsBase32OfTwentyBytes() {
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
	}

}
