package org.tongxin.identity;

/**
 * Accounts for members of the registry (the built-in role MEMBER, scope OWN, no privileges), for
 * the module that links them to a person. No privilege is declared here: the caller decides who
 * may open an account for whom (the registry: MEMBER_MANAGE within the actor's scope). This
 * service only ever creates, enables or disables accounts that hold the MEMBER role alone, so it
 * cannot be used to reach an office account.
 */
public interface MemberAccounts {

	/** Which of the (lower-case) user names are already in use, in one look-up. */
	java.util.Set<String> taken(java.util.Collection<String> usernames);

	/** A random password that meets the password rules, to hand to the member once. */
	String initialPassword();

	/**
	 * Creates an enabled MEMBER account and audits it (USER_CREATED). {@code temporary}: the
	 * password must be changed at first login. Throws a Rejection naming {@code username} or
	 * {@code password} when they do not meet the rules.
	 */
	long open(String username, String displayName, long homeUnitId, String password, boolean temporary);

	/** Enables or disables a MEMBER account (audited; disabling ends its browser sessions). */
	void setEnabled(long userId, boolean enabled);

}
