package org.tongxin.proposals.internal;

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
 * Documents of a proposal (supporting material from the proposer, the handling unit's reply
 * letter): checked by content, sealed with AES-GCM at rest, at most {@link #MAX_PER_PROPOSAL} per
 * proposal and {@link #MAX_BYTES} each, each tied to the history step that brought it.
 */
@Component
public class ProposalAttachments {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_PER_PROPOSAL = 9;

	private static final String PURPOSE = "proposals.attachment";

	public record Upload(String fileName, byte[] content) {
	}

	public record Attachment(long id, long eventId, String fileName, String contentType, long sizeBytes) {

		public boolean isImage() {
			return DocumentKind.ofContentType(contentType).isImage();
		}

	}

	public record Content(Attachment attachment, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	ProposalAttachments(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Checks every upload before storing any: one bad file refuses them all. */
	static List<DocumentKind> check(List<Upload> uploads, int alreadyThere) {
		if (uploads.size() + alreadyThere > MAX_PER_PROPOSAL) {
			throw new Rejection("files", "upload.tooMany", MAX_PER_PROPOSAL);
		}
		return uploads.stream().map(u -> DocumentCheck.check("files", u.fileName(), u.content(), MAX_BYTES)).toList();
	}

	int count(long proposalId) {
		return jdbc.sql("select count(*) from proposals_attachment where proposal_id = :id")
			.param("id", proposalId)
			.query(Integer.class)
			.single();
	}

	void store(long proposalId, long eventId, List<Upload> uploads, long userId, Instant at) {
		if (uploads.isEmpty()) {
			return;
		}
		List<DocumentKind> kinds = check(uploads, count(proposalId));
		for (int i = 0; i < uploads.size(); i++) {
			Upload u = uploads.get(i);
			jdbc.sql("""
					insert into proposals_attachment (proposal_id, event_id, file_name, content_type, size_bytes, sha256,
					  content_enc, uploaded_by, uploaded_at)
					values (:proposal, :event, :name, :type, :size, :sha, :content, :by, :at)""")
				.param("proposal", proposalId)
				.param("event", eventId)
				.param("name", StoredFiles.safeName(u.fileName()))
				.param("type", kinds.get(i).contentType())
				.param("size", (long) u.content().length)
				.param("sha", StoredFiles.sha256(u.content()))
				.param("content", cipher.seal(PURPOSE, u.content()))
				.param("by", userId)
				.param("at", Columns.utc(at))
				.update();
		}
	}

	/** The attachment of that proposal with its opened content; empty when the ids do not belong together. */
	public Optional<Content> open(long proposalId, long attachmentId) {
		return jdbc.sql("""
				select id, event_id, file_name, content_type, size_bytes, content_enc
				from proposals_attachment where id = :id and proposal_id = :proposal""")
			.param("id", attachmentId)
			.param("proposal", proposalId)
			.query((rs, n) -> new Content(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)), cipher.open(PURPOSE, rs.getBytes(6))))
			.optional();
	}

}
