package org.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The demo's test clock: forward only, demo only, in ISO or short durations. */
class TimeConfigurationTest {

	private static final Clock BASE = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

	@Test
	void withoutAnOffsetTheClockIsTheBase() {
		assertThat(TimeConfiguration.clock(BASE, "", false)).isSameAs(BASE);
		assertThat(TimeConfiguration.clock(BASE, null, true)).isSameAs(BASE);
	}

	@Test
	void aDemoMovesTheClockForwardByAnIsoOrAShortDuration() {
		assertThat(TimeConfiguration.clock(BASE, "P12D", true).instant()).isEqualTo(BASE.instant().plus(Duration.ofDays(12)));
		assertThat(TimeConfiguration.clock(BASE, " 12d ", true).instant()).isEqualTo(BASE.instant().plus(Duration.ofDays(12)));
		assertThat(TimeConfiguration.clock(BASE, "36h", true).instant()).isEqualTo(BASE.instant().plus(Duration.ofHours(36)));
	}

	@Test
	void anOffsetOutsideADemoRefusesToStartWithTheReason() {
		assertThatThrownBy(() -> TimeConfiguration.clock(BASE, "P12D", false)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TONGXIN_CLOCK_OFFSET").hasMessageContaining("not a demo");
	}

	@Test
	void aBadOrNegativeOffsetIsRefused() {
		assertThatThrownBy(() -> TimeConfiguration.clock(BASE, "twelve days", true)).hasMessageContaining("not a duration");
		assertThatThrownBy(() -> TimeConfiguration.clock(BASE, "-P1D", true)).hasMessageContaining("negative");
	}

}
