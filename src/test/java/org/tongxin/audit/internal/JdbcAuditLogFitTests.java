package org.tongxin.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcAuditLogFitTests {

	@Test
	void anOverlongTriedUsernameIsShortenedToFitItsColumn() {
		assertThat(JdbcAuditLog.fit("x".repeat(500))).hasSize(64).endsWith("...");
	}

	@Test
	void aShortenedValueNeverSplitsACharacter() {
		String value = "x".repeat(60) + "😀".repeat(10);

		String fitted = JdbcAuditLog.fit(value);

		assertThat(fitted).hasSizeLessThanOrEqualTo(64).doesNotContain("\uFFFD");
		assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 4))).isFalse();
	}

}
