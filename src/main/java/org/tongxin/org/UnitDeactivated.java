package org.tongxin.org;

/** A unit was taken out of service. It stays in the tree (records keep referring to it). */
public record UnitDeactivated(long unitId) {
}
