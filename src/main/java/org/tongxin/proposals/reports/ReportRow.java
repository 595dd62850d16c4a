package org.tongxin.proposals.reports;

import java.time.Instant;
import java.util.List;

import org.tongxin.proposals.Level;

/** A report in a list: number, title as it now reads, category, reporter, status, the levels it was adopted at. */
public record ReportRow(long id, String reportNo, String title, String categoryName, String reporterName,
		ReportStatus status, Instant submittedAt, List<Level> adoptedLevels) {
}
