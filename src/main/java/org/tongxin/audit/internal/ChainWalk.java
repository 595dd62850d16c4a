package org.tongxin.audit.internal;

import org.tongxin.audit.AuditVerification;
import org.tongxin.audit.AuditVerification.Reason;

/**
 * Follows the chain record by record, in id order, and stops at the first record that does not
 * fit. Each record must point at the stored hash of the one before it (a removed or inserted
 * record breaks this at the record after it) and must hash to its own stored hash (an edited
 * field breaks this at the record itself).
 */
final class ChainWalk {

	private final ChainHash chainHash;

	private String expectedPrev = ChainHash.GENESIS;

	private long checked;

	private AuditVerification broken;

	ChainWalk(ChainHash chainHash) {
		this.chainHash = chainHash;
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
		expectedPrev = storedHash;
		return broken == null;
	}

	AuditVerification result() {
		return broken != null ? broken : AuditVerification.intact(checked);
	}

}
