package org.tongxin.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened, to what, by whom. When no actor is given, the current authenticated user is
 * taken; the source address is taken from the current request.
 *
 * <pre>
 * auditLog.append(AuditRecord.of("UNIT_RENAMED").target("unit", id).detail("from", old).detail("to", name));
 * </pre>
 */
public final class AuditRecord {

	private final String action;

	private String targetType;

	private String targetId;

	private Long actorId;

	private String actorName;

	private final Map<String, String> detail = new LinkedHashMap<>();

	private AuditRecord(String action) {
		this.action = action;
	}

	public static AuditRecord of(String action) {
		return new AuditRecord(action);
	}

	public AuditRecord target(String type, Object id) {
		this.targetType = type;
		this.targetId = id == null ? null : String.valueOf(id);
		return this;
	}

	/** For events without an authenticated user, e.g. a failed login: the name that was tried. */
	public AuditRecord actor(Long id, String name) {
		this.actorId = id;
		this.actorName = name;
		return this;
	}

	public AuditRecord detail(String key, Object value) {
		detail.put(key, value == null ? "" : String.valueOf(value));
		return this;
	}

	public String action() {
		return action;
	}

	public String targetType() {
		return targetType;
	}

	public String targetId() {
		return targetId;
	}

	public Long actorId() {
		return actorId;
	}

	public String actorName() {
		return actorName;
	}

	public Map<String, String> detail() {
		return Map.copyOf(detail);
	}

	/** Detail in insertion order, for a stable rendering. */
	public Map<String, String> orderedDetail() {
		return new LinkedHashMap<>(detail);
	}

}
