package org.tongxin.org;

/** A unit got a new name; its id, code and place in the tree are unchanged. */
public record UnitRenamed(long unitId, String oldName, String newName) {
}
