package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tongxin.identity.internal.PasswordPolicy;
import org.tongxin.shared.domain.Rejection.FieldProblem;

class PasswordRulesTest {

	private final PasswordPolicy policy = new PasswordPolicy(8, 3, Duration.ofDays(90));

	@Test
	void aPasswordOfThreeClassesAndEightCharactersIsAccepted() {
		assertThat(policy.check("p", "Wutong#88", "zhugen")).isEmpty();
	}

	@Test
	void shortSimpleAndUsernameBearingPasswordsAreRefusedWithTheReason() {
		assertThat(policy.check("p", "Ab#1", "u")).extracting(FieldProblem::code).containsExactly("password.tooShort");
		assertThat(policy.check("p", "abcdefgh12", "u")).extracting(FieldProblem::code).containsExactly("password.tooSimple");
		assertThat(policy.check("p", "Zhugen#2026", "zhugen")).extracting(FieldProblem::code)
			.containsExactly("password.containsUsername");
	}

	@Test
	void aPasswordExpiresAfterNinetyDays() {
		Instant changed = Instant.parse("2026-08-01T00:00:00Z");
		assertThat(policy.isExpired(changed, changed.plus(Duration.ofDays(89)))).isFalse();
		assertThat(policy.isExpired(changed, changed.plus(Duration.ofDays(91)))).isTrue();
	}

}
