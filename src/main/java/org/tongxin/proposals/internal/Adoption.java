package org.tongxin.proposals.internal;

import org.tongxin.shared.domain.Rejection;

/** How far the handling unit took up the proposal's suggestions, in the proposer's view. */
public enum Adoption {

	ADOPTED, PARTLY, NOT_ADOPTED;

	static Adoption parse(String value) {
		if (value == null || value.isBlank()) {
			throw new Rejection("adoption", "proposal.adoption.required");
		}
		try {
			return valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection("adoption", "proposal.grade.unknown", value);
		}
	}

}
