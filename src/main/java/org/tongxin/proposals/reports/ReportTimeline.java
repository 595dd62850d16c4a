package org.tongxin.proposals.reports;

import java.util.List;

import org.tongxin.shared.web.TimelineEntry;
import org.tongxin.shared.web.TimelineEntry.Text;

/**
 * A report's history for the timeline fragment: the step's kind and the level it concerns, the
 * note (reason, recipient, adopter, post), and the decision the report became, as a link.
 */
final class ReportTimeline {

	private ReportTimeline() {
	}

	static List<TimelineEntry> of(ReportDetail r) {
		return r.history().stream().map(ReportTimeline::entry).toList();
	}

	private static TimelineEntry entry(ReportEvent e) {
		TimelineEntry.Builder entry = TimelineEntry.at(e.at(), e.actorName())
			.what(Text.message("report.event." + e.kind().name()))
			.detail(e.level() == null ? null : Text.message("report.level." + e.level().name()));
		if (e.kind() == ReportEventKind.DECISION_LINKED && e.relatedId() != null) {
			return entry.detail(Text.plain(e.note()).linkedTo("/decisions/" + e.relatedId())).build();
		}
		return entry.note(e.note()).build();
	}

}
