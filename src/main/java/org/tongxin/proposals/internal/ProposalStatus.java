package org.tongxin.proposals.internal;

/** Where a proposal stands (V21 and ADR 7 give the moves between them). */
public enum ProposalStatus {

	DRAFT, SUBMITTED, RETURNED, DECLINED, MERGED, REGISTERED, HANDLING, REPLIED, CLOSED;

	/** The author may still change the text and the co-signers. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Registered or later: handled, and linkable to a decision. */
	public boolean isRegistered() {
		return this == REGISTERED || this == HANDLING || this == REPLIED || this == CLOSED;
	}

}
