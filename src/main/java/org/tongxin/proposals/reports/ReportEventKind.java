package org.tongxin.proposals.reports;

/** The steps a report's history records ({@code proposals_report_event.kind}). */
public enum ReportEventKind {

	SUBMITTED, EDITED, ACCEPTED, DECLINED, FORWARDED, ADOPTED, INSTRUCTED, DECISION_LINKED, TYPICAL_MARKED, TYPICAL_UNMARKED

}
