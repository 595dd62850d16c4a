package org.tongxin.org;

/**
 * A unit and its whole subtree moved under a new parent. Modules that keep a copy of unit paths
 * rebase every path starting with {@code oldPath} onto {@code newPath}.
 */
public record UnitMoved(long unitId, Long oldParentId, long newParentId, String oldPath, String newPath) {
}
