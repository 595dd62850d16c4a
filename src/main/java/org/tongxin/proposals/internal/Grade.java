package org.tongxin.proposals.internal;

import org.tongxin.shared.domain.Rejection;

/** The proposer's grade of the handling unit's attitude and of the result (满意 / 基本满意 / 不满意). */
public enum Grade {

	SATISFIED, BASIC, DISSATISFIED;

	static Grade parse(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new Rejection(field, "proposal." + field + ".required");
		}
		try {
			return valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Rejection(field, "proposal.grade.unknown", value);
		}
	}

}
