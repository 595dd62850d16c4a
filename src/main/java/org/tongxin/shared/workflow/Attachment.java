package org.tongxin.shared.workflow;

import java.time.Instant;

import org.tongxin.shared.files.DocumentKind;

/**
 * A stored file of a record, without its content: the history step that brought it (null for a
 * file kept before steps carried files), its name as shown, the type its content was found to be.
 */
public record Attachment(long id, long recordId, Long eventId, String fileName, String contentType, long sizeBytes,
		Instant uploadedAt, long uploadedBy) {

	/** Images may be shown inline; every other kind is only ever downloaded. */
	public boolean isImage() {
		return DocumentKind.ofContentType(contentType).isImage();
	}

	/** The file with its opened content, for a download. */
	public record Content(Attachment attachment, byte[] bytes) {
	}

}
