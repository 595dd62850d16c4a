package org.tongxin.proposals.decisions;

import java.time.LocalDate;

/** A checked decision: what {@link DecisionRules} lets through. */
record DecisionValues(Issuer issuer, String reference, String title, LocalDate decidedOn, String summary) {
}
