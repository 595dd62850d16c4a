package org.tongxin.proposals.reports;

import java.time.Instant;

/** When staff accepted or declined a report, and the reason of a decline (null before, and for an accepted one). */
public record ReportReview(Instant reviewedAt, String reviewNote) {

	static final ReportReview NONE = new ReportReview(null, null);

}
