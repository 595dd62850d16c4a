/**
 * The audit trail: an append-only, hash-chained log of logins, changes to users, roles and units,
 * and sensitive reads. Every module writes to it through {@link org.tongxin.audit.AuditLog};
 * {@link org.tongxin.audit.AuditChainVerifier} recomputes the chain (also as a command:
 * {@code --tongxin.audit.verify-and-exit=true}, exit code 0 intact, 1 broken). Holders of
 * {@code AUDIT_VIEW} browse it at {@code /admin/audit} and {@code /api/v1/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.tongxin.audit;
