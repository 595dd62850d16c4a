package org.tongxin.identity.internal;

import java.time.Duration;

/**
 * After {@code maxFailures} failed logins within {@code window}, the account is locked for
 * {@code duration}. Failures while locked are not counted, so they cannot extend the lock; a
 * success resets the count. (Keycloak's brute-force detection is the model.)
 */
public record LockoutPolicy(int maxFailures, Duration window, Duration duration) {

	public LockoutPolicy {
		if (maxFailures < 1 || window.isNegative() || duration.isNegative()) {
			throw new IllegalArgumentException("Invalid lockout policy");
		}
	}

}
