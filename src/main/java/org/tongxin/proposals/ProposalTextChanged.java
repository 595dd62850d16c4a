package org.tongxin.proposals;

/**
 * Published (in the writing transaction) when a proposal or report is created or its searchable
 * text or status changes, so that the search index follows the records.
 */
public record ProposalTextChanged(SourceKind kind, long id) {

}
