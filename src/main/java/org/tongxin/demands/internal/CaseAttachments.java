package org.tongxin.demands.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.files.DocumentCheck;
import org.tongxin.shared.files.DocumentKind;
import org.tongxin.shared.files.StoredFiles;
import org.tongxin.shared.jdbc.Columns;

/**
 * Photos and documents of a case: checked by content ({@link DocumentCheck}), sealed with AES-GCM
 * at rest (they may show ID cards or bank papers), at most {@link #MAX_PER_CASE} per case and
 * {@link #MAX_BYTES} each. Stored in the database, so every node serves every file.
 */
@Component
public class CaseAttachments {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_PER_CASE = 9;

	private static final String PURPOSE = "demands.attachment";

	public record Upload(String fileName, byte[] content) {
	}

	public record Attachment(long id, long caseId, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
			long uploadedBy) {

		public boolean isImage() {
			return DocumentKind.ofContentType(contentType).isImage();
		}

	}

	public record Content(Attachment attachment, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	CaseAttachments(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Checks every upload before storing any: one bad file refuses them all. */
	static List<DocumentKind> check(List<Upload> uploads, int alreadyThere) {
		if (uploads.size() + alreadyThere > MAX_PER_CASE) {
			throw new Rejection("files", "upload.tooMany", MAX_PER_CASE);
		}
		return uploads.stream().map(u -> DocumentCheck.check("files", u.fileName(), u.content(), MAX_BYTES)).toList();
	}

	void store(long caseId, Long eventId, List<Upload> uploads, long userId, Instant at) {
		List<DocumentKind> kinds = check(uploads, count(caseId));
		for (int i = 0; i < uploads.size(); i++) {
			Upload u = uploads.get(i);
			jdbc.sql("""
					insert into demands_attachment (case_id, event_id, file_name, content_type, size_bytes, sha256,
					  content_enc, uploaded_by, uploaded_at)
					values (:case, :event, :name, :type, :size, :sha, :content, :by, :at)""")
				.param("case", caseId)
				.param("event", eventId)
				.param("name", safeName(u.fileName()))
				.param("type", kinds.get(i).contentType())
				.param("size", (long) u.content().length)
				.param("sha", StoredFiles.sha256(u.content()))
				.param("content", cipher.seal(PURPOSE, u.content()))
				.param("by", userId)
				.param("at", Columns.utc(at))
				.update();
		}
	}

	int count(long caseId) {
		return jdbc.sql("select count(*) from demands_attachment where case_id = :case")
			.param("case", caseId)
			.query(Integer.class)
			.single();
	}

	/** The attachment of that case with its opened content; empty when the ids do not belong together. */
	public Optional<Content> open(long caseId, long attachmentId) {
		return jdbc.sql("""
				select id, case_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by, content_enc
				from demands_attachment where id = :id and case_id = :case""")
			.param("id", attachmentId)
			.param("case", caseId)
			.query((rs, n) -> new Content(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), Columns.instant(rs, "uploaded_at"), rs.getLong(7)),
					cipher.open(PURPOSE, rs.getBytes(8))))
			.optional();
	}

	/** The last path segment, without control characters, at most 200 characters. */
	static String safeName(String name) {
		return StoredFiles.safeName(name);
	}

}
