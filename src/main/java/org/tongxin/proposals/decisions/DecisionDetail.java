package org.tongxin.proposals.decisions;

import java.util.List;

import org.tongxin.proposals.SourceRef;

/**
 * A decision as its reader sees it: the sources they may see (and how many others there are),
 * the results with their timelines, and whether they manage decisions (edit, link, add results).
 */
public record DecisionDetail(Decision decision, List<SourceRef> sources, int hiddenSources, List<ResultView> results,
		boolean mayManage) {
}
