package org.tongxin.audit.internal;

import java.time.OffsetDateTime;
import java.util.Map;

/** One record as the list page and the API show it; the time is in the office's zone. */
public record AuditEntryView(long id, OffsetDateTime occurredAt, Long actorId, String actorName, String action,
		String targetType, String targetId, Map<String, String> detail, String sourceIp) {
}
