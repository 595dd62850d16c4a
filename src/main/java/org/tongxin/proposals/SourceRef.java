package org.tongxin.proposals;

/**
 * A proposal or report as a decision shows it: its number, title and proposer, and whether it may
 * be linked to a decision now ({@code notLinkableCode} names the reason when not, as a message key
 * with the status as argument).
 */
public record SourceRef(SourceKind kind, long id, String number, String title, String proposerName, String status,
		String notLinkableCode) {

	public boolean linkable() {
		return notLinkableCode == null;
	}

}
