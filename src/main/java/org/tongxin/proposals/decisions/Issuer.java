package org.tongxin.proposals.decisions;

/** Who issued a decision: the district party committee (区委), the government (区政府), or both offices (两办). */
public enum Issuer {

	PARTY_COMMITTEE, GOVERNMENT, JOINT

}
