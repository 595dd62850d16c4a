package org.tongxin.shared;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every rule reads (lockouts, deadlines, token expiry). Tests replace it to move time
 * forward instead of sleeping.
 *
 * <p>The test clock of a demo: {@code tongxin.clock.offset} (env {@code TONGXIN_CLOCK_OFFSET}, an
 * ISO duration such as {@code P12D} or a short one such as {@code 12d}, {@code 36h}) moves the
 * clock forward by that much, so that SLA clocks can be seen turning yellow, red and overdue on the
 * running jar. Only with {@code tongxin.demo=true}: anywhere else a shifted clock would stamp real
 * records with false times, so the platform refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(TimeConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${tongxin.clock.offset:}") String offset, @Value("${tongxin.demo:false}") boolean demo) {
		return clock(Clock.systemUTC(), offset, demo);
	}

	/** The platform clock, shifted by {@code offset} when one is given (and allowed). */
	static Clock clock(Clock base, String offset, boolean demo) {
		if (offset == null || offset.isBlank()) {
			return base;
		}
		Duration shift;
		try {
			shift = DurationStyle.detectAndParse(offset.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("tongxin.clock.offset (TONGXIN_CLOCK_OFFSET) '" + offset
					+ "' is not a duration: write it as P12D, PT36H, 12d or 36h", ex);
		}
		if (shift.isNegative()) {
			throw new IllegalStateException("tongxin.clock.offset (TONGXIN_CLOCK_OFFSET) '" + offset
					+ "' is negative: the test clock only moves forward (records already stamped would lie in the future)");
		}
		if (!demo) {
			throw new IllegalStateException("tongxin.clock.offset (TONGXIN_CLOCK_OFFSET) is set to '" + offset
					+ "', but this is not a demo (tongxin.demo / TONGXIN_DEMO is not true): a shifted clock would stamp real"
					+ " records with false times. Remove the offset, or start a demo with TONGXIN_DEMO=true.");
		}
		Clock shifted = Clock.offset(base, shift);
		LOG.warn("""

				************************************************************************
				*  TEST CLOCK: the platform clock runs {} ahead of real time.
				*  Now is {} (office date {}), really {}.
				*  Demo only (tongxin.clock.offset / TONGXIN_CLOCK_OFFSET).
				************************************************************************""", shift, shifted.instant(),
				OfficeTime.today(shifted), base.instant());
		return shifted;
	}

}
