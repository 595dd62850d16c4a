package org.tongxin.demands.internal;

import java.time.Instant;

/** Who handles a case (the responsible unit and its lead handler) since when; all null until accepted. */
public record Handling(Long unitId, String unitPath, Long leadUserId, Instant acceptedAt) {

	static final Handling NONE = new Handling(null, null, null, null);

	boolean isLead(long userId) {
		return Long.valueOf(userId).equals(leadUserId);
	}

	/** The same handling sent to another unit and lead; accepted when it was. */
	Handling sentTo(long unit, String path, long lead) {
		return new Handling(unit, path, lead, acceptedAt);
	}

}
