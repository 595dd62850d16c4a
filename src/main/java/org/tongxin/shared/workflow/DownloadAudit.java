package org.tongxin.shared.workflow;

/**
 * Where {@link RecordAttachments} records that a file was downloaded (the files may show ID cards or
 * bank papers). The audit module implements it: the kernel uses no module, so it names the port and
 * the audit trail fills it.
 */
public interface DownloadAudit {

	/** Records the download: the table's viewed action on its record type and id, with the attachment's id. */
	void downloaded(AttachmentTable table, long recordId, long attachmentId);

}
