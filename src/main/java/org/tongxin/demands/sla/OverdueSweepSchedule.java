package org.tongxin.demands.sla;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link OverdueSweep} on the platform clock, every {@code tongxin.demands.sweep-interval}
 * (default one minute) on every node; the sweep itself makes sure each case is acted on once.
 * Off with {@code tongxin.demands.sweep-enabled=false} (the tests, which call the sweep at the
 * instants they choose).
 */
@Component
@ConditionalOnProperty(name = "tongxin.demands.sweep-enabled", havingValue = "true", matchIfMissing = true)
class OverdueSweepSchedule {

	private final OverdueSweep sweep;

	private final Clock clock;

	OverdueSweepSchedule(OverdueSweep sweep, Clock clock) {
		this.sweep = sweep;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tongxin.demands.sweep-interval:1m}", initialDelayString = "${tongxin.demands.sweep-initial-delay:20s}")
	void run() {
		sweep.sweep(clock.instant());
	}

}
