package org.tongxin.audit.internal;

import org.tongxin.audit.AuditVerification;
import org.tongxin.audit.AuditVerification.Reason;

/**
 * Follows the chain record by record, in id order, and stops at the first record that does not
 * fit. Each record must point at the stored hash of the one before it (a removed or inserted
 * record breaks this at the record after it) and must hash to its own stored hash (an edited
 * field breaks this at the record itself). The record of the last checkpoint, when there is one,
 * must be met on the way with the hash the checkpoint saw.
 */
final class ChainWalk {

	private final ChainHash chainHash;

	private String expectedPrev = ChainHash.GENESIS;

	private long checked;

	private AuditVerification broken;

	private final Checkpoint checkpoint;

	private boolean checkpointMet;

	/** @param checkpoint the last checkpoint, or null when none was written yet */
	ChainWalk(ChainHash chainHash, Checkpoint checkpoint) {
		this.chainHash = chainHash;
		this.checkpoint = checkpoint;
	}

	/** @return false once the chain is broken: nothing after the break can be vouched for */
	boolean accept(long id, ChainLink link, String storedHash) {
		checked++;
		if (!expectedPrev.equals(link.prevHash())) {
			broken = AuditVerification.brokenAt(id, Reason.CHAIN_BROKEN, checked);
		}
		else if (!chainHash.of(link).equals(storedHash)) {
			broken = AuditVerification.brokenAt(id, Reason.CONTENT_ALTERED, checked);
		}
		else if (checkpoint != null && checkpoint.id() == id) {
			checkpointMet = checkpoint.hash().equals(storedHash);
			if (!checkpointMet) {
				broken = AuditVerification.brokenAt(id, Reason.TAIL_REMOVED, checked);
			}
		}
		expectedPrev = storedHash;
		return broken == null;
	}

	AuditVerification result() {
		if (broken != null) {
			return broken;
		}
		if (checkpoint != null && !checkpointMet) {
			return AuditVerification.brokenAt(checkpoint.id(), Reason.TAIL_REMOVED, checked);
		}
		return AuditVerification.intact(checked);
	}

}
