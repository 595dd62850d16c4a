package org.tongxin.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tongxin.security.*}: see application.yml and docs/security.md. */
@ConfigurationProperties("tongxin.security")
public record SecurityProperties(String adminPassword, Boolean adminTotpRequired, Duration sessionAbsoluteTimeout,
		Lockout lockout, Password password, Token token) {

	public record Lockout(int maxFailures, Duration window, Duration duration) {
	}

	public record Password(int minLength, int minCharacterClasses, Duration maxAge) {
	}

	public record Token(Duration defaultValidity, Duration maxValidity) {
	}

	public LockoutPolicy lockoutPolicy() {
		return new LockoutPolicy(lockout.maxFailures(), lockout.window(), lockout.duration());
	}

	public PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(password.minLength(), password.minCharacterClasses(), password.maxAge());
	}

}
