package org.tongxin.proposals.decisions;

import java.time.LocalDate;

/** A decision in the list: how many sources it gathers, how many results, and their average progress (null: none yet). */
public record DecisionRow(long id, Issuer issuer, String reference, String title, LocalDate decidedOn, int sources,
		int results, Integer progress) {
}
