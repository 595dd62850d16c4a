package org.tongxin.proposals.internal;

/**
 * The proposer's feedback on the handling (征询意见表): whether the unit made contact, its attitude,
 * the adoption of the suggestions, the result, a comment, and whether to ask for re-handling.
 */
public record Feedback(boolean contacted, Grade attitude, Adoption adoption, Grade result, String comment,
		boolean rehandle) {
}
