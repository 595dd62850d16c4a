package org.tongxin.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tongxin.audit.AuditChainVerifier;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.audit.AuditVerification;

/**
 * Verifies against the last checkpoint, then records that it did (a verification is an
 * administrative act on the trail) and, when the chain is intact, moves the checkpoint to its
 * present head.
 */
@Service
class DefaultAuditChainVerifier implements AuditChainVerifier {

	static final String ACTION = "AUDIT_VERIFIED";

	private static final Logger log = LoggerFactory.getLogger(DefaultAuditChainVerifier.class);

	private final ChainScan scan;

	private final AuditLog auditLog;

	private final ChainCheckpoints checkpoints;

	DefaultAuditChainVerifier(ChainScan scan, AuditLog auditLog, ChainCheckpoints checkpoints) {
		this.scan = scan;
		this.auditLog = auditLog;
		this.checkpoints = checkpoints;
	}

	@Override
	public AuditVerification verify() {
		ChainCheckpoints.Reading reading = checkpoints.read();
		AuditVerification result = reading instanceof ChainCheckpoints.Reading.Invalid
				? AuditVerification.checkpointInvalid()
				: scan.run(reading instanceof ChainCheckpoints.Reading.Valid valid ? valid.checkpoint() : null);
		AuditRecord record = AuditRecord.of(ACTION).detail("ok", result.ok()).detail("checked", result.checked());
		if (!result.ok()) {
			log.error("Audit chain broken at record {} ({}) after {} records", result.firstBrokenId(), result.reason(),
					result.checked());
			if (result.firstBrokenId() != null) {
				record.target("audit_event", result.firstBrokenId());
			}
			record.detail("reason", result.reason());
		}
		auditLog.append(record);
		if (result.ok()) {
			checkpoints.advance();
		}
		return result;
	}

}
