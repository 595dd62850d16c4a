package org.tongxin.proposals.internal;

/**
 * The steps of a proposal's workflow, as {@link Proposal#STEPS} allows them status by status and
 * {@link ProposalAccess} hands them to whose turn it is. Refusals read {@code proposal.state.<step>};
 * the API lists the steps the caller may take by these names.
 */
public enum ProposalAction {

	/** The author changes the text of a draft or a returned proposal. */
	EDIT,
	/** The author of a member's proposal invites a co-signer. */
	INVITE,
	/** The author withdraws an invitation, or the invited member declines it. */
	WITHDRAW,
	/** An invited member signs. */
	SIGN,
	/** The author submits (again, after a return). */
	SUBMIT,
	/** 立案, by a reviewer. */
	REGISTER,
	/** 不予立案, by a reviewer; final. */
	DECLINE,
	/** 并案 into a registered proposal, by a reviewer; final. */
	MERGE,
	/** 退回修改, by a reviewer: back to the author. */
	RETURN,
	/** 交办 to a lead unit and co-handling units, by a reviewer. */
	ASSIGN,
	/** A co-handling unit's opinion (会办意见); the proposal stays where it is. */
	CO_OPINION,
	/** 答复, by the lead unit. */
	REPLY,
	/** The proposer side's feedback on the reply: closes the proposal, or reopens it for another round. */
	FEEDBACK

}
