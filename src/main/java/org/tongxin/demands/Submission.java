package org.tongxin.demands;

/**
 * A demand as submitted: the category, what it is about, and whom it concerns (a person of the
 * registry and/or an enterprise). A member submitting for themselves leaves {@code personId} empty:
 * it is their own. Text is kept as typed and escaped wherever it is shown.
 */
public record Submission(Long categoryId, String title, String description, Long personId, Long enterpriseId) {
}
