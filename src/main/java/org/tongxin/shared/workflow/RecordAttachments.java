package org.tongxin.shared.workflow;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.shared.crypto.FieldCipher;
import org.tongxin.shared.domain.NotFoundException;
import org.tongxin.shared.domain.Rejection;
import org.tongxin.shared.files.DocumentCheck;
import org.tongxin.shared.files.DocumentKind;
import org.tongxin.shared.files.StoredFiles;
import org.tongxin.shared.jdbc.Columns;
import org.tongxin.shared.security.Actor;

/**
 * The files of any workflow record, kept in the module's own table ({@link AttachmentTable}):
 * checked by content ({@link DocumentCheck}), sealed with AES-GCM at rest ({@link FieldCipher}),
 * limited per record and per file, each tied to the history step that brought it, every download
 * audited ({@link DownloadAudit}). Stored in the database, so every node serves every file.
 *
 * <p>Who may add a file is the module's to decide before it calls in here; who may download one,
 * the module's {@link RecordSight}.
 */
@Component
public class RecordAttachments {

	/** The form field refusals name: the file input of every page, the part name of every API. */
	public static final String FIELD = "files";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final DownloadAudit audit;

	RecordAttachments(JdbcClient jdbc, FieldCipher cipher, DownloadAudit audit) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
	}

	/**
	 * The kinds of the uploads, if all of them may join the {@code alreadyThere} files of a record:
	 * one bad file refuses them all (a {@link Rejection} naming {@link #FIELD}).
	 */
	public List<DocumentKind> check(AttachmentTable table, List<Upload> uploads, int alreadyThere) {
		if (uploads.size() + alreadyThere > table.maxPerRecord()) {
			throw new Rejection(FIELD, "upload.tooMany", table.maxPerRecord());
		}
		return uploads.stream()
			.map(u -> DocumentCheck.check(FIELD, u.fileName(), u.content(), table.maxBytes()))
			.toList();
	}

	public int count(AttachmentTable table, long recordId) {
		return jdbc.sql("select count(*) from %s where %s = :record".formatted(table.table(), table.recordColumn()))
			.param("record", recordId)
			.query(Integer.class)
			.single();
	}

	/** Checks the uploads against the record's files and stores them, sealed, as brought by the step {@code eventId}. */
	public void store(AttachmentTable table, long recordId, Long eventId, List<Upload> uploads, long userId, Instant at) {
		if (uploads.isEmpty()) {
			return;
		}
		List<DocumentKind> kinds = check(table, uploads, count(table, recordId));
		String insert = """
				insert into %s (%s, event_id, file_name, content_type, size_bytes, sha256, content_enc, uploaded_by,
				  uploaded_at)
				values (:record, :event, :name, :type, :size, :sha, :content, :by, :at)"""
			.formatted(table.table(), table.recordColumn());
		for (int i = 0; i < uploads.size(); i++) {
			Upload u = uploads.get(i);
			jdbc.sql(insert)
				.param("record", recordId)
				.param("event", eventId)
				.param("name", StoredFiles.safeName(u.fileName()))
				.param("type", kinds.get(i).contentType())
				.param("size", (long) u.content().length)
				.param("sha", StoredFiles.sha256(u.content()))
				.param("content", cipher.seal(table.sealPurpose(), u.content()))
				.param("by", userId)
				.param("at", Columns.utc(at))
				.update();
		}
	}

	/**
	 * The file of that record with its opened content, for an actor who sees the record; its download
	 * audited. A 404 when the record is out of sight or the ids do not belong together.
	 */
	public Attachment.Content download(AttachmentTable table, RecordSight sight, Actor actor, long recordId,
			long attachmentId) {
		sight.check(actor, recordId);
		Attachment.Content content = jdbc.sql("""
				select id, %2$s, event_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by, content_enc
				from %1$s where id = :id and %2$s = :record""".formatted(table.table(), table.recordColumn()))
			.param("id", attachmentId)
			.param("record", recordId)
			.query((rs, n) -> new Attachment.Content(new Attachment(rs.getLong(1), rs.getLong(2),
					Columns.nullableLong(rs, "event_id"), rs.getString(4), rs.getString(5), rs.getLong(6),
					Columns.instant(rs, "uploaded_at"), rs.getLong(8)), cipher.open(table.sealPurpose(), rs.getBytes(9))))
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		audit.downloaded(table, recordId, attachmentId);
		return content;
	}

}
