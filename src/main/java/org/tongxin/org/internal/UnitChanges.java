package org.tongxin.org.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.security.Actor;

/**
 * Every change to the network leaves an audit record and an event, in the changing transaction.
 * Changes made by the platform itself at start-up (no actor) are recorded as by "system".
 */
@Component
class UnitChanges {

	static final String SYSTEM = "system";

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	UnitChanges(AuditLog auditLog, ApplicationEventPublisher events) {
		this.auditLog = auditLog;
		this.events = events;
	}

	void record(Actor by, AuditRecord record, Object event) {
		if (by == null) {
			record.actor(null, SYSTEM);
		}
		else {
			record.actor(by.userId(), by.username());
		}
		auditLog.append(record);
		events.publishEvent(event);
	}

}
