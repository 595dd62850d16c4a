package org.tongxin.proposals.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one organisation or row for a period. Proposals: submitted (first submission),
 * and the proposals registered, declined, merged, first replied (a re-handled proposal counts in
 * the period of its first reply, not again for the second) or closed in the period; reports: submitted, accepted (reviewed in the period), adoptions and leader
 * instructions by level; decisions decided in the period with at least one source here, split by
 * their issuer (区委, 区政府, 两办; the three add up to {@code decisions}), and their implementation
 * results (count, completed, average progress; null without results).
 */
public record FigureCounts(long proposalsSubmitted, long proposalsRegistered, long proposalsDeclined,
		long proposalsMerged, long proposalsReplied, long proposalsClosed, long reportsSubmitted, long reportsAccepted,
		long adoptedDistrict, long adoptedCity, long adoptedProvince, long adoptedNational, long instructedDistrict,
		long instructedCity, long instructedProvince, long instructedNational, long decisions,
		DecisionIssuers decisionsByIssuer, long results, long resultsCompleted, BigDecimal averageProgress) {

	/** The metric names of the counting statement, in the order of the first sixteen components. */
	static final String[] METRICS = { "P_SUBMITTED", "P_REGISTERED", "P_DECLINED", "P_MERGED", "P_REPLIED", "P_CLOSED",
			"R_SUBMITTED", "R_ACCEPTED", "R_ADOPTED_DISTRICT", "R_ADOPTED_CITY", "R_ADOPTED_PROVINCE",
			"R_ADOPTED_NATIONAL", "R_INSTRUCTED_DISTRICT", "R_INSTRUCTED_CITY", "R_INSTRUCTED_PROVINCE",
			"R_INSTRUCTED_NATIONAL" };

	static FigureCounts of(long[] n, long decisions, DecisionIssuers byIssuer, long results, long completed,
			long progressSum) {
		BigDecimal average = results == 0 ? null
				: BigDecimal.valueOf(progressSum).divide(BigDecimal.valueOf(results), 1, RoundingMode.HALF_UP);
		return new FigureCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], n[13],
				n[14], n[15], decisions, byIssuer, results, completed, average);
	}

	/** The counts as numbers in the order of the sheet's columns (average progress apart). */
	public long[] columns() {
		return new long[] { proposalsSubmitted, proposalsRegistered, proposalsDeclined, proposalsMerged,
				proposalsReplied, proposalsClosed, reportsSubmitted, reportsAccepted, adoptedDistrict, adoptedCity,
				adoptedProvince, adoptedNational, instructedDistrict, instructedCity, instructedProvince,
				instructedNational, decisions, results, resultsCompleted };
	}

}
