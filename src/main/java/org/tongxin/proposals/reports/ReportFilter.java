package org.tongxin.proposals.reports;

import org.tongxin.proposals.Level;

/**
 * The list's filters: status, category, year of submission, a level the report was adopted at (all
 * optional); {@code unit} (the reporter's unit subtree) and {@code from}..{@code to} (submission
 * dates) narrow the list to the reports a figure counts.
 */
public record ReportFilter(ReportStatus status, String category, Integer year, Level adoptedLevel, String unit,
		String from, String to) {
}
