package org.tongxin.proposals.events;

import org.tongxin.proposals.SourceKind;
import org.tongxin.shared.workflow.RecordRef;

/**
 * How other modules refer to the workflow records of the proposals module: a proposal, a
 * public-opinion report, a decision or a decision's implementation result, each by its id.
 */
public final class ProposalRecordTypes {

	public static final String MODULE = "proposals";

	public static final String PROPOSAL = "proposal";

	public static final String REPORT = "report";

	public static final String DECISION = "decision";

	public static final String RESULT = "result";

	private ProposalRecordTypes() {
	}

	public static RecordRef proposal(long id) {
		return new RecordRef(PROPOSAL, id);
	}

	public static RecordRef report(long id) {
		return new RecordRef(REPORT, id);
	}

	public static RecordRef decision(long id) {
		return new RecordRef(DECISION, id);
	}

	public static RecordRef result(long id) {
		return new RecordRef(RESULT, id);
	}

	/** A source of decisions (a proposal or a report) as a record. */
	public static RecordRef source(SourceKind kind, long id) {
		return kind == SourceKind.PROPOSAL ? proposal(id) : report(id);
	}

}
