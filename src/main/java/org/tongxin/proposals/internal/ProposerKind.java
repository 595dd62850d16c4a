package org.tongxin.proposals.internal;

/** A member (with co-signers, a group of members) or a democratic-party organisation. */
public enum ProposerKind {

	MEMBER, ORGANISATION

}
