package org.tongxin.proposals.decisions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tongxin.shared.web.TimelineEntry;
import org.tongxin.shared.web.TimelineEntry.Text;

/** The updates of a decision's results for the timeline fragment: the progress reached and what was done. */
final class ResultTimeline {

	private ResultTimeline() {
	}

	/** Each result's updates, by result id. */
	static Map<Long, List<TimelineEntry>> of(DecisionDetail d) {
		return d.results().stream().collect(Collectors.toMap(r -> r.result().id(), ResultTimeline::of));
	}

	private static List<TimelineEntry> of(ResultView r) {
		return r.updates().stream()
			.map(u -> TimelineEntry.at(u.at(), u.actorName()).what(Text.plain(u.progress() + "%")).note(u.note()).build())
			.toList();
	}

}
