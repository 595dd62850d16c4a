package org.tongxin.proposals.decisions;

import java.util.List;

import org.tongxin.proposals.SourceRef;

/**
 * What a proposal's or report's page shows about its decision: the decision it belongs to (null:
 * none) with the results' progress, and whether the reader may turn it into one now.
 */
public record SourceDecision(SourceRef source, Decision decision, List<Result> results, boolean mayLink) {

	public boolean linked() {
		return decision != null;
	}

}
