package org.tongxin.enterprises.internal;

import java.util.List;
import java.util.Objects;

import org.tongxin.audit.AuditRecord;

/** What the audit records of enterprise changes say: the values that identify it, and which fields changed. */
final class EnterpriseAudit {

	private EnterpriseAudit() {
	}

	static List<String> changed(EnterpriseStore.Stored b, Values.Enterprise v) {
		List<String> fields = new java.util.ArrayList<>();
		add(fields, "name", b.name(), v.name());
		add(fields, "creditCode", b.creditCode(), v.creditCode().value());
		add(fields, "unit", b.unitId(), v.unit().id());
		add(fields, "park", b.park(), v.park());
		add(fields, "industry", b.industry(), v.industry());
		add(fields, "address", b.address(), v.address());
		add(fields, "operator", b.operatorPersonId(), v.operatorPersonId());
		add(fields, "status", b.status(), v.status());
		return fields;
	}

	private static void add(List<String> fields, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(name);
		}
	}

	static AuditRecord described(AuditRecord record, Values.Enterprise v) {
		return record.detail("name", v.name()).detail("creditCode", v.creditCode().value()).detail("unit", v.unit().code())
			.detail("status", v.status());
	}

}
