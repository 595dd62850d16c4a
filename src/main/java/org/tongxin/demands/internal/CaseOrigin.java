package org.tongxin.demands.internal;

/**
 * Whom a case concerns and where it arose: the person or enterprise, the requester's login (null
 * for a person without one: the submitter or a dispatcher rates after a return call), the user who
 * submitted it, and the unit of origin whose dispatchers accept it. Fixed once submitted.
 */
public record CaseOrigin(Long personId, Long enterpriseId, Long requesterUserId, long submittedByUserId, long unitId,
		String unitPath) {

	/** Whether the user submitted the case or is its requester. */
	boolean isOwnedBy(long userId) {
		return submittedByUserId == userId || Long.valueOf(userId).equals(requesterUserId);
	}

}
