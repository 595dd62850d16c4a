package org.tongxin.members;

/** A person of the registry as other modules refer to them: who, and where in the network. */
public record PersonRef(long id, String name, long unitId, String unitPath) {
}
