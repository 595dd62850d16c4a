package org.tongxin.proposals.reports;

/**
 * Where a public-opinion report stands: submitted, then taken up (采用编发, ACCEPTED: edited,
 * reported upward, adopted, instructed) or declined (不予采用, final, with a reason).
 */
public enum ReportStatus {

	SUBMITTED, ACCEPTED, DECLINED

}
