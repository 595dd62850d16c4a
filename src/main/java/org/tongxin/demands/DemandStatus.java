package org.tongxin.demands;

/** Where a case stands. Labels: {@code demand.status.<NAME>}. */
public enum DemandStatus {

	/** Waiting for the officers of the unit where it arises to accept or decline it (待受理). */
	SUBMITTED,
	/** Not taken up, with the reason given to the requester (不予受理). Final. */
	DECLINED,
	/** Accepted and assigned to a responsible unit and lead handler (办理中). */
	HANDLING,
	/** Answered, waiting for the requester's rating (已答复). */
	ANSWERED,
	/** Rated satisfied or basically satisfied (已办结). Final. */
	CLOSED;

	public boolean isOpen() {
		return this != DECLINED && this != CLOSED;
	}

}
