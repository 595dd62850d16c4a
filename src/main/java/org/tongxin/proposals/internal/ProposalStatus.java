package org.tongxin.proposals.internal;

/** Where a proposal stands (V21 and ADR 7 give the moves between them; {@link Proposal#STEPS} the steps each allows). */
public enum ProposalStatus {

	DRAFT, SUBMITTED, RETURNED, DECLINED, MERGED, REGISTERED, HANDLING, REPLIED, CLOSED;

	/** Registered or later: handled, and linkable to a decision. */
	public boolean isRegistered() {
		return this == REGISTERED || this == HANDLING || this == REPLIED || this == CLOSED;
	}

}
