package org.tongxin.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tongxin.audit.AuditChainVerifier;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.audit.AuditVerification;

/**
 * Verifies, then records that it did: a verification is an administrative act on the trail, and
 * the recorded count is what shows, later, that records were cut off the end.
 */
@Service
class DefaultAuditChainVerifier implements AuditChainVerifier {

	static final String ACTION = "AUDIT_VERIFIED";

	private static final Logger log = LoggerFactory.getLogger(DefaultAuditChainVerifier.class);

	private final ChainScan scan;

	private final AuditLog auditLog;

	DefaultAuditChainVerifier(ChainScan scan, AuditLog auditLog) {
		this.scan = scan;
		this.auditLog = auditLog;
	}

	@Override
	public AuditVerification verify() {
		AuditVerification result = scan.run();
		AuditRecord record = AuditRecord.of(ACTION).detail("ok", result.ok()).detail("checked", result.checked());
		if (!result.ok()) {
			log.error("Audit chain broken at record {} ({}) after {} records", result.firstBrokenId(), result.reason(),
					result.checked());
			record.target("audit_event", result.firstBrokenId()).detail("reason", result.reason());
		}
		auditLog.append(record);
		return result;
	}

}
