package org.tongxin.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The fields of one audit record that its hash covers, exactly as stored. The time is held at
 * microsecond precision because that is what PostgreSQL keeps: a hash over nanoseconds could never
 * be recomputed from the row.
 */
public record ChainLink(String prevHash, Instant occurredAt, Long actorId, String actorName, String action,
		String targetType, String targetId, String detail, String sourceIp) {

	public ChainLink {
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	long occurredAtMicros() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
	}

}
