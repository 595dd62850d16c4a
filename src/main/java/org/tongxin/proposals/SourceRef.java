package org.tongxin.proposals;

import java.time.LocalDate;

/**
 * A proposal or report as a decision shows it: its number, title and proposer, and whether it may
 * be linked to a decision now ({@code notLinkableCode} names the reason when not, as a message key
 * with the status as argument). {@code submittedOn} is the office date of its (first) submission,
 * null for a draft: a decision made of it cannot be older.
 */
public record SourceRef(SourceKind kind, long id, String number, String title, String proposerName, String status,
		String notLinkableCode, LocalDate submittedOn) {

	/** A source whose submission date does not matter to the caller (tests, search hits). */
	public SourceRef(SourceKind kind, long id, String number, String title, String proposerName, String status,
			String notLinkableCode) {
		this(kind, id, number, title, proposerName, status, notLinkableCode, null);
	}

	public boolean linkable() {
		return notLinkableCode == null;
	}

	/** Whether a decision of that date could have been made of this source (not before its submission). */
	public boolean submittedBy(LocalDate date) {
		return submittedOn == null || !date.isBefore(submittedOn);
	}

}
