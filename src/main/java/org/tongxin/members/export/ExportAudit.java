package org.tongxin.members.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.members.MemberFilter;
import org.tongxin.members.internal.MemberView;

/**
 * One audit record per export: SENSITIVE_EXPORT (with the fields revealed) when values left,
 * MEMBER_EXPORT when only masks did. The filter and the row count, never a value of a row.
 */
@Component
class ExportAudit {

	private final AuditLog auditLog;

	ExportAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Transactional
	public void exported(MemberFilter filter, long rows, boolean unmasked) {
		AuditRecord record = AuditRecord.of(unmasked ? "SENSITIVE_EXPORT" : "MEMBER_EXPORT")
			.target("member", null)
			.detail("filter", describe(filter))
			.detail("rows", rows);
		if (unmasked) {
			record.detail("fields", String.join(",", MemberView.SENSITIVE_FIELDS));
		}
		auditLog.append(record);
	}

	/** The filter as the caller gave it, e.g. {@code category=RELIGIOUS, unit=511112100}; empty when none. */
	static String describe(MemberFilter f) {
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("q", f.text());
		given.put("unit", f.unit());
		given.put("category", f.category());
		given.put("affiliation", f.affiliation());
		given.put("gender", f.gender());
		given.put("ageFrom", f.ageFrom());
		given.put("ageTo", f.ageTo());
		given.put("tag", f.tag());
		given.put("postKind", f.postKind());
		given.put("postLevel", f.postLevel());
		given.put("education", f.education());
		given.put("liaison", f.liaison());
		given.put("organisation", f.organisation());
		given.put("award", f.award());
		given.put("awardLevel", f.awardLevel());
		given.put("sort", f.sort());
		given.put("dir", f.direction());
		StringJoiner text = new StringJoiner(", ");
		given.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				text.add(name + "=" + value.toString().trim());
			}
		});
		return text.toString();
	}

}
