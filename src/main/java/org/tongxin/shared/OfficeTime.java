package org.tongxin.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The office's time zone. Dates that people act on (deadlines, report periods, "today") are dates
 * in China Standard Time, whatever zone the server's clock runs in.
 */
public final class OfficeTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private OfficeTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/** The first instant of a date in the office zone (the start of a report period). */
	public static Instant startOf(LocalDate date) {
		return date.atStartOfDay(ZONE).toInstant();
	}

}
