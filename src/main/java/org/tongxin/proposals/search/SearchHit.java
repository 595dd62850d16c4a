package org.tongxin.proposals.search;

import java.time.OffsetDateTime;

import org.tongxin.proposals.SourceKind;

/**
 * One record found: as its owning part shows it to the actor (number, title, proposer, status from
 * {@link org.tongxin.proposals.SourceRef}), with an excerpt of its text around the first query word.
 */
public record SearchHit(SourceKind kind, long id, String number, String title, String proposerName, String status,
		String excerpt, OffsetDateTime at) {

	/** The record's page: proposals under /proposals, reports under /reports. */
	public String path() {
		return (kind == SourceKind.PROPOSAL ? "/proposals/" : "/reports/") + id;
	}

}
