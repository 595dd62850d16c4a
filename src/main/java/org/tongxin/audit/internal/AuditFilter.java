package org.tongxin.audit.internal;

import java.time.LocalDate;

import org.tongxin.shared.domain.Rejection;

/**
 * What to look for in the trail: days (inclusive, in the office's time zone), who, what, and to
 * which record. Blank means "any".
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, String targetType,
		String targetId) {

	public AuditFilter {
		actor = clean(actor);
		action = clean(action);
		targetType = clean(targetType);
		targetId = clean(targetId);
		if (from != null && to != null && from.isAfter(to)) {
			throw new Rejection("to", "audit.filter.range");
		}
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
