package org.tongxin.demands.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.demands.internal.CaseAccess;
import org.tongxin.demands.internal.CaseAttachments;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FileResponses;

/**
 * Attachments in and out over HTTP. Uploads: parts without a file (a form sent with nothing chosen)
 * are skipped. Downloads: only for those who see the case; images inline, every other kind as an
 * attachment, never sniffed, never cached by shared caches; each download audited (the files may
 * show ID cards or bank papers).
 */
@Component
class DemandFiles {

	private final CaseAccess access;

	private final CaseAttachments attachments;

	private final AuditLog audit;

	DemandFiles(CaseAccess access, CaseAttachments attachments, AuditLog audit) {
		this.access = access;
		this.attachments = attachments;
		this.audit = audit;
	}

	static List<CaseAttachments.Upload> uploads(List<MultipartFile> parts) throws IOException {
		List<CaseAttachments.Upload> uploads = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
					continue;
				}
				uploads.add(new CaseAttachments.Upload(part.getOriginalFilename(), part.getBytes()));
			}
		}
		return uploads;
	}

	ResponseEntity<byte[]> download(Actor actor, long caseId, long attachmentId) {
		access.visible(actor, caseId);
		CaseAttachments.Content file = attachments.open(caseId, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		audit.append(AuditRecord.of("DEMAND_ATTACHMENT_VIEWED").target("demand", caseId)
			.detail("attachment", attachmentId));
		return FileResponses.document(file.attachment().fileName(), file.attachment().contentType(),
				file.attachment().isImage(), file.bytes());
	}

}
