package org.tongxin.proposals.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.audit.AuditLog;
import org.tongxin.audit.AuditRecord;
import org.tongxin.proposals.internal.ProposalAccess;
import org.tongxin.proposals.internal.ProposalAttachments;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.security.Actor;
import org.tongxin.shared.web.FileResponses;

/**
 * Proposal documents in and out over HTTP. Uploads: parts without a file are skipped. Downloads:
 * only for those who see the proposal, each one audited.
 */
@Component
class ProposalFiles {

	private final ProposalAccess access;

	private final ProposalAttachments attachments;

	private final AuditLog audit;

	ProposalFiles(ProposalAccess access, ProposalAttachments attachments, AuditLog audit) {
		this.access = access;
		this.attachments = attachments;
		this.audit = audit;
	}

	static List<ProposalAttachments.Upload> uploads(List<MultipartFile> parts) throws IOException {
		List<ProposalAttachments.Upload> uploads = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (part.isEmpty() && (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank())) {
					continue;
				}
				uploads.add(new ProposalAttachments.Upload(part.getOriginalFilename(), part.getBytes()));
			}
		}
		return uploads;
	}

	ResponseEntity<byte[]> download(Actor actor, long proposalId, long attachmentId) {
		access.visible(actor, proposalId);
		ProposalAttachments.Content file = attachments.open(proposalId, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		audit.append(AuditRecord.of("PROPOSAL_ATTACHMENT_VIEWED").target("proposal", proposalId)
			.detail("attachment", attachmentId));
		return FileResponses.document(file.attachment().fileName(), file.attachment().contentType(),
				file.attachment().isImage(), file.bytes());
	}

}
