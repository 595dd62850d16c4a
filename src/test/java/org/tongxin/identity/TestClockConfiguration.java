package org.tongxin.identity;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.tongxin.MutableClock;

/**
 * The clock of the strict-security context, which tests move instead of sleeping. Imported by each
 * test class of that context (same imports, same properties: one cached context for all of them).
 */
@TestConfiguration
class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.now());
	}

}
