package org.tongxin.shared.workflow;

/**
 * Where a module keeps the files of its records and what it allows, for {@link RecordAttachments}.
 * The table has the columns every attachment table has ({@code id}, the record's column,
 * {@code event_id}, {@code file_name}, {@code content_type}, {@code size_bytes}, {@code sha256},
 * {@code content_enc}, {@code uploaded_by}, {@code uploaded_at}); names come from code only.
 *
 * @param table the module's table, e.g. {@code demands_attachment}
 * @param recordColumn its foreign key to the record, e.g. {@code case_id}
 * @param sealPurpose the purpose the content is sealed under (a sealed file opens only under it)
 * @param maxPerRecord how many files one record may hold
 * @param maxBytes how large one file may be
 * @param viewedAction the audit action of a download, e.g. {@code DEMAND_ATTACHMENT_VIEWED}
 * @param recordType the audit target type of the record, e.g. {@code demand}
 */
public record AttachmentTable(String table, String recordColumn, String sealPurpose, int maxPerRecord, long maxBytes,
		String viewedAction, String recordType) {

	/** Ten megabytes: a phone photo or a scanned letter. */
	public static final long TEN_MEGABYTES = 10L * 1024 * 1024;

	public AttachmentTable {
		SqlNames.check(table);
		SqlNames.check(recordColumn);
		if (sealPurpose == null || sealPurpose.isBlank() || viewedAction == null || recordType == null) {
			throw new IllegalArgumentException("an attachment table names its seal purpose and its audit action");
		}
		if (maxPerRecord < 1 || maxBytes < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

}
