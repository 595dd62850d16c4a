package org.tongxin.proposals.events;

/**
 * The proposer's grades of a proposal's handling (征询意见表): whether the unit made contact, its
 * attitude and the result (SATISFIED, BASIC, DISSATISFIED), and the adoption of the suggestions
 * (ADOPTED, PARTLY, NOT_ADOPTED).
 */
public record FeedbackGrades(boolean contacted, String attitude, String adoption, String result) {
}
