package org.tongxin.proposals.decisions;

/** "Link this proposal or report to the decision": the kind (PROPOSAL or REPORT) and the record's id, as typed. */
public record LinkDraft(String kind, String sourceId) {
}
