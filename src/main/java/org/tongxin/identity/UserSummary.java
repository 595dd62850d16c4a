package org.tongxin.identity;

/** A user as other modules see them: who, where, whether the account may act. */
public record UserSummary(long id, String username, String displayName, long homeUnitId, boolean enabled) {
}
