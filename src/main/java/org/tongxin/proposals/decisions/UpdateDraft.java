package org.tongxin.proposals.decisions;

/** A dated update of a result as typed: the progress it reached (0–100), what was done, and the result's version. */
public record UpdateDraft(String progress, String note, Long version) {
}
