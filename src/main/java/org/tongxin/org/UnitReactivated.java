package org.tongxin.org;

/** A deactivated unit was put back into service. */
public record UnitReactivated(long unitId) {
}
