package org.tongxin.proposals.reports;

import org.tongxin.proposals.Level;

/** The list's filters: status, category, year of submission, a level the report was adopted at (all optional). */
public record ReportFilter(ReportStatus status, String category, Integer year, Level adoptedLevel) {
}
