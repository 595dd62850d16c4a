package org.tongxin.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tongxin.shared.workflow.Attachment;

/**
 * A stored document sent back: images inline, every other kind as an attachment, never sniffed,
 * never cached by shared caches (the files may show ID cards or bank papers).
 */
public final class FileResponses {

	private FileResponses() {
	}

	/** A record's attachment as {@link org.tongxin.shared.workflow.RecordAttachments#download} opened it. */
	public static ResponseEntity<byte[]> document(Attachment.Content file) {
		return document(file.attachment().fileName(), file.attachment().contentType(), file.attachment().isImage(),
				file.bytes());
	}

	private static ResponseEntity<byte[]> document(String fileName, String contentType, boolean image, byte[] bytes) {
		ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(bytes);
	}

}
