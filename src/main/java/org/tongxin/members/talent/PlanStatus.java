package org.tongxin.members.talent;

/** Where a cultivation plan stands: running, done, or given up. Only a running plan takes new steps. */
public enum PlanStatus {

	ACTIVE, COMPLETED, CANCELLED

}
