package org.tongxin.proposals;

/** What can be turned into a decision: a proposal or a public-opinion report. */
public enum SourceKind {

	PROPOSAL, REPORT

}
