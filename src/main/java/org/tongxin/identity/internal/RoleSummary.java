package org.tongxin.identity.internal;

/** A role in the list, with how many privileges it holds and how many users hold it. */
public record RoleSummary(Role role, int privilegeCount, long userCount) {
}
