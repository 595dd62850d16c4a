package org.tongxin.demands;

/** The requester's rating of an answer. Labels: {@code demand.rating.<NAME>}. */
public enum Rating {

	SATISFIED, BASIC, DISSATISFIED;

	/** Satisfied and basically satisfied both close the case and count as satisfied in the figures. */
	public boolean closes() {
		return this != DISSATISFIED;
	}

}
