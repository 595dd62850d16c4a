package org.tongxin.audit.internal;

import org.springframework.stereotype.Component;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.shared.workflow.AttachmentTable;
import org.tongxin.shared.workflow.DownloadAudit;

/** The kernel's record attachments write their downloads to the trail through this port. */
@Component
class AuditedDownloads implements DownloadAudit {

	private final AuditLog log;

	AuditedDownloads(AuditLog log) {
		this.log = log;
	}

	@Override
	public void downloaded(AttachmentTable table, long recordId, long attachmentId) {
		log.append(AuditRecord.of(table.viewedAction()).target(table.recordType(), recordId)
			.detail("attachment", attachmentId));
	}

}
