package org.tongxin.audit;

/**
 * Appends to the audit trail in the caller's transaction: a change and its audit record commit
 * or roll back together. Without a transaction (a failed login) the record commits on its own.
 *
 * <p><strong>Records never hold the value of a sensitive field</strong> (ID number, phone, belief,
 * affiliation, password, token), only which field and which record: the trail is read by auditors
 * who may not see those values, and it can never be corrected. Keeping values out is the caller's
 * duty; detail values are stored as given.
 *
 * <p>Appends are serialised (a database lock held until the caller's transaction ends), so keep
 * the auditing transaction short, and run it at READ COMMITTED (the default): the chain is read
 * after the lock is taken.
 */
public interface AuditLog {

	void append(AuditRecord record);

}
