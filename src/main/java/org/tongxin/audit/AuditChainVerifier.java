package org.tongxin.audit;

/**
 * Recomputes the audit chain from the first record to the last and reports the first record that
 * was altered, or that follows a removed one. A verification is itself recorded
 * ({@code AUDIT_VERIFIED}) with its outcome.
 *
 * <p>What the chain alone cannot show: records removed from the end of the trail leave no broken
 * link. A signed checkpoint of the chain's head, written every minute outside the database, is the
 * evidence against that: its record must still be in the chain ({@code TAIL_REMOVED} otherwise).
 */
public interface AuditChainVerifier {

	AuditVerification verify();

}
