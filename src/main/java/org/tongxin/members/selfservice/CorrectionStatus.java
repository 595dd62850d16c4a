package org.tongxin.members.selfservice;

/** Where a correction stands: waiting for staff, taken into the registry, turned down, taken back by the member. */
public enum CorrectionStatus {

	PENDING, APPROVED, REJECTED, WITHDRAWN

}
