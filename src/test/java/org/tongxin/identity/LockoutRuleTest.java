package org.tongxin.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tongxin.identity.internal.LockoutPolicy;
import org.tongxin.identity.internal.UserAccount;

class LockoutRuleTest {

	private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

	private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

	private final UserAccount user = new UserAccount("zhugen", "李明", "hash", 1L, T0);

	@Test
	void fiveFailuresWithinTheWindowLockTheAccountForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			assertThat(user.registerFailure(T0.plusSeconds(i * 60), POLICY)).isFalse();
		}
		assertThat(user.registerFailure(T0.plusSeconds(240), POLICY)).isTrue();
		assertThat(user.isLockedAt(T0.plusSeconds(241))).isTrue();
		assertThat(user.isLockedAt(T0.plusSeconds(240).plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		lock();
		Instant lockedUntil = user.getLockedUntil();
		for (int i = 0; i < 10; i++) {
			assertThat(user.registerFailure(T0.plusSeconds(300 + i), POLICY)).isFalse();
		}
		assertThat(user.getLockedUntil()).isEqualTo(lockedUntil);
	}

	@Test
	void aLockedAccountShowsItsFailuresAndStartsAfreshWhenTheLockEnds() {
		lock();
		assertThat(user.getFailedAttempts()).isEqualTo(5);
		Instant afterLock = T0.plus(Duration.ofMinutes(16));
		assertThat(user.registerFailure(afterLock, POLICY)).isFalse();
		assertThat(user.getFailedAttempts()).isEqualTo(1);
		assertThat(user.isLockedAt(afterLock)).isFalse();
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotLock() {
		for (int i = 0; i < 8; i++) {
			user.registerFailure(T0.plus(Duration.ofMinutes(16L * i)), POLICY);
		}
		assertThat(user.isLockedAt(T0.plus(Duration.ofMinutes(16L * 7)))).isFalse();
	}

	@Test
	void aSuccessResetsTheCount() {
		for (int i = 0; i < 4; i++) {
			user.registerFailure(T0.plusSeconds(i), POLICY);
		}
		user.registerSuccess();
		for (int i = 0; i < 4; i++) {
			assertThat(user.registerFailure(T0.plusSeconds(10 + i), POLICY)).isFalse();
		}
		assertThat(user.isLockedAt(T0.plusSeconds(20))).isFalse();
	}

	private void lock() {
		for (int i = 0; i < 5; i++) {
			user.registerFailure(T0.plusSeconds(i), POLICY);
		}
		assertThat(user.isLockedAt(T0.plusSeconds(5))).isTrue();
	}

}
