package org.tongxin.audit;

/**
 * Recomputes the audit chain from the first record to the last and reports the first record that
 * was altered, or that follows a removed one. A verification is itself recorded
 * ({@code AUDIT_VERIFIED}) with its outcome.
 *
 * <p>What the chain cannot show: records removed from the end of the trail leave no broken link.
 * The {@code AUDIT_VERIFIED} records, with the count they saw, are the evidence against that.
 */
public interface AuditChainVerifier {

	AuditVerification verify();

}
