package org.tongxin.proposals.internal;

/** The kinds of step in a proposal's history (proposals_event.kind; ADR 7). */
public enum ProposalEventKind {

	CREATED, COSIGNER_INVITED, COSIGNER_WITHDRAWN, COSIGNED, EDITED, SUBMITTED, RETURNED, DECLINED, MERGED, MERGED_IN,
	REGISTERED, ASSIGNED, CO_OPINION, REPLIED, FEEDBACK, REHANDLING, CLOSED, DECISION_LINKED, ATTACHED

}
