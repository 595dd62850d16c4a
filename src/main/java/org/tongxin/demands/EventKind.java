package org.tongxin.demands;

/** The steps in a case's history. Labels: {@code demand.event.<NAME>}. */
public enum EventKind {

	SUBMITTED, ACCEPTED, DECLINED, ASSIGNED, TRANSFERRED, PROGRESS, ANSWERED, RATED, REOPENED, CLOSED, WARNED,
	ESCALATED, SUPERVISED, ATTACHED, TYPICAL_MARKED, TYPICAL_UNMARKED

}
