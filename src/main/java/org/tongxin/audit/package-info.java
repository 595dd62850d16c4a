/**
 * The audit trail: an append-only, hash-chained log of logins, changes to users, roles and units,
 * and sensitive reads. Every module writes to it through {@link org.tongxin.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.tongxin.audit;
