package org.tongxin.demands.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.tongxin.demands.Rating;

/**
 * The answer of a case and what the requester made of it: the text and when it was given, the
 * amount secured (categories with amounts), the last rating with its comment, and how often a
 * dissatisfied rating reopened the case.
 */
public record CaseAnswer(String text, Instant answeredAt, BigDecimal amount, Rating rating, String ratingComment,
		int reopenedCount) {

	static final CaseAnswer NONE = new CaseAnswer(null, null, null, null, null, 0);

	CaseAnswer given(String newText, Instant at, BigDecimal newAmount) {
		return new CaseAnswer(newText, at, newAmount, rating, ratingComment, reopenedCount);
	}

	CaseAnswer rated(Rating given, String comment) {
		return new CaseAnswer(text, answeredAt, amount, given, comment, reopenedCount + (given.closes() ? 0 : 1));
	}

}
