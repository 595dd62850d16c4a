package org.tongxin.demands;

/** The queues of a user's inbox (待办). Labels: {@code demand.queue.<NAME>}. */
public enum Queue {

	/** Submitted in the user's units, to accept or decline (dispatchers). */
	TO_ACCEPT,
	/** Assigned to the user or their unit, to answer (handlers). */
	TO_ANSWER,
	/** Past their deadline in the user's queues, or escalated to the user's units. */
	OVERDUE,
	/** Answered, waiting for the user's rating (requesters; dispatchers for people without a login). */
	TO_RATE

}
