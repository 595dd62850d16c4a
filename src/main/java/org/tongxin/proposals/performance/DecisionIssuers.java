package org.tongxin.proposals.performance;

import org.tongxin.proposals.decisions.Issuer;

/**
 * The decisions of a figures row split by who issued them: the district party committee (区委), the
 * district government (区政府), both offices jointly (两办). Each decision counts once, under its
 * issuer, so the three add up to the row's decisions.
 */
public record DecisionIssuers(long partyCommittee, long government, long joint) {

	/** From counts indexed by {@link Issuer#ordinal()}. */
	static DecisionIssuers of(long[] byIssuer) {
		return new DecisionIssuers(byIssuer[Issuer.PARTY_COMMITTEE.ordinal()], byIssuer[Issuer.GOVERNMENT.ordinal()],
				byIssuer[Issuer.JOINT.ordinal()]);
	}

	/** The count of one issuer, for pages and sheets that walk {@link Issuer#values()}. */
	public long of(Issuer issuer) {
		return switch (issuer) {
			case PARTY_COMMITTEE -> partyCommittee;
			case GOVERNMENT -> government;
			case JOINT -> joint;
		};
	}

}
