package org.tongxin.proposals.decisions;

import java.time.Instant;
import java.time.LocalDate;

/** A decision of the district party committee or government, as stored. */
public record Decision(long id, Issuer issuer, String reference, String title, LocalDate decidedOn, String summary,
		long createdBy, Instant createdAt, long version) {
}
