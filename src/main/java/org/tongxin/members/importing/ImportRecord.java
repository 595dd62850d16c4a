package org.tongxin.members.importing;

import java.time.Instant;

/** A staged or finished import as its owner sees it (the file itself is read separately). */
public record ImportRecord(long id, long ownerUserId, String fileName, String fileSha256, Status status, ImportCounts counts,
		ImportMode mode, Integer created, Integer updated, Integer confirmed, Instant createdAt, Instant finishedAt) {

	enum Status {

		/** Uploaded, waiting for its columns to be mapped to fields (nothing analysed yet). */
		MAPPING, STAGED, APPLIED, DISCARDED

	}

	public boolean staged() {
		return status == Status.STAGED;
	}

	public boolean awaitingMapping() {
		return status == Status.MAPPING;
	}

}
