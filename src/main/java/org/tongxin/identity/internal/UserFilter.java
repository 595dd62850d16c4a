package org.tongxin.identity.internal;

/**
 * What a user list is filtered and sorted by, as the caller gave it: text in the user name or
 * display name, a unit code (its whole subtree), a role code, a status (enabled, disabled,
 * locked), a sort key (username, displayName, createdAt, updatedAt) and direction (asc, desc).
 * Every field may be empty.
 */
public record UserFilter(String text, String unit, String role, String status, String sort, String direction) {

	public static UserFilter none() {
		return new UserFilter(null, null, null, null, null, null);
	}

}
