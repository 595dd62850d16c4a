package org.tongxin.audit;

import java.io.Serializable;

/**
 * The outcome of recomputing the audit chain: how many records were checked and, when the chain
 * is broken, the first record that does not match and why. Checking stops at the first break:
 * everything after it can no longer be vouched for. Serializable because the page carries it across
 * a redirect in the (database-stored) session.
 */
public record AuditVerification(boolean ok, long checked, Long firstBrokenId, Reason reason) implements Serializable {

	/** Why a record failed verification. Labels: {@code audit.verify.reason.<NAME>}. */
	public enum Reason {

		/** The record's content no longer matches its hash: a field was changed after it was written. */
		CONTENT_ALTERED,
		/**
		 * The record does not point at the one stored before it: a record was removed or inserted
		 * before it, or its link was edited.
		 */
		CHAIN_BROKEN,
		/**
		 * The record named by the last signed checkpoint (kept outside the database) is missing or
		 * different: records were removed from the end of the chain.
		 */
		TAIL_REMOVED,
		/** The checkpoint file was altered or damaged: the end of the chain can no longer be vouched for. */
		CHECKPOINT_INVALID

	}

	public static AuditVerification intact(long checked) {
		return new AuditVerification(true, checked, null, null);
	}

	/** The checkpoint file cannot be trusted: no record to name, nothing checked. */
	public static AuditVerification checkpointInvalid() {
		return new AuditVerification(false, 0, null, Reason.CHECKPOINT_INVALID);
	}

	public static AuditVerification brokenAt(long id, Reason reason, long checked) {
		return new AuditVerification(false, checked, id, reason);
	}

}
