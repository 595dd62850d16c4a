package org.tongxin.demands;

/** The requester's rating of an answer. Labels: {@code demand.rating.<NAME>}. */
public enum Rating {

	SATISFIED, BASIC, DISSATISFIED;

	/** Satisfied and basically satisfied both close the case and count as satisfied in the figures. */
	public boolean closes() {
		return this != DISSATISFIED;
	}

	/** The rating named by {@code value}, or a Rejection naming the field {@code rating}. */
	public static Rating parse(String value) {
		if (value == null || value.isBlank()) {
			throw new org.tongxin.shared.domain.Rejection("rating", "demand.rating.required");
		}
		try {
			return valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new org.tongxin.shared.domain.Rejection("rating", "demand.rating.unknown", value);
		}
	}

}
