package org.tongxin.proposals.decisions;

/**
 * A decision as typed (form or API body), every field as text so that a bad value is answered as a
 * {@link org.tongxin.shared.domain.Rejection} naming its field. {@code version} is required on a change.
 */
public record DecisionDraft(String issuer, String reference, String title, String decidedOn, String summary,
		Long version) {
}
