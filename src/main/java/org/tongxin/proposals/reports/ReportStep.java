package org.tongxin.proposals.reports;

/**
 * The steps of a report's workflow, as {@link Report#STEPS} allows them status by status. Staff
 * with PROPOSAL_REVIEW take all but {@link #LINK}, which decision managers take from a decision's
 * page. The API's {@code steps} of a report name these (LINK excepted).
 */
public enum ReportStep {

	/** The staff's edit of the text (the submitted text stays). */
	EDIT,
	/** Taken up (采用编发). */
	ACCEPT,
	/** Not taken up (不予采用), with a reason: final. */
	DECLINE,
	/** Reported upward (报送) to a level above the district, once per level. */
	FORWARD,
	/** Adopted (采用) at a level, once per level. */
	ADOPT,
	/** A leader's written instruction (批示) recorded. */
	INSTRUCT,
	/** Linked to a decision as one of its sources. */
	LINK

}
