package org.tongxin.org;

/** A functional unit or a division was added to the network. */
public record UnitCreated(long unitId, String code, String name, UnitKind kind, Long parentId) {
}
