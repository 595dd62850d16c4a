package org.tongxin.demands.web;

import java.util.List;

import org.tongxin.demands.CaseDetail;
import org.tongxin.demands.EventKind;
import org.tongxin.shared.web.TimelineEntry;
import org.tongxin.shared.web.TimelineEntry.Text;

/**
 * A case's history for the timeline fragment: the step's kind, the rating given, the units it went
 * from and to, the lead named, the deadline set; an SLA warning in words; the files each step
 * brought (a step that attached files then needs no list of their names as its note).
 */
final class CaseTimeline {

	private CaseTimeline() {
	}

	static List<TimelineEntry> of(CaseDetail c) {
		return c.history().stream().map(step -> entry(c.id(), step)).toList();
	}

	private static TimelineEntry entry(long caseId, CaseDetail.Step s) {
		TimelineEntry.Builder entry = TimelineEntry.at(s.at(), s.actor())
			.what(Text.message("demand.event." + s.kind().name()))
			.round(s.round())
			.detail(s.rating() == null ? null : Text.message("demand.rating." + s.rating().name()))
			.detail(s.fromUnit() == null ? null : Text.message("demand.event.fromUnit", s.fromUnit()))
			.detail(s.unit() == null ? null : Text.message("demand.event.toUnit", s.unit()))
			.detail(s.user() == null ? null : Text.message("demand.event.lead", s.user()))
			.detail(s.dueDate() == null ? null : Text.message("demand.event.due", s.dueDate()).secondary());
		if (s.kind() == EventKind.WARNED && s.note() != null) {
			entry.line(Text.message("demand.sla." + s.note()));
		}
		else if (s.kind() != EventKind.ATTACHED || s.files().isEmpty()) {
			entry.note(s.note());
		}
		s.files().forEach(f -> entry.file(f.name(), "/demands/" + caseId + "/attachments/" + f.id(), f.sizeBytes(),
				f.image()));
		return entry.build();
	}

}
