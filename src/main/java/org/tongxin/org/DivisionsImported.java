package org.tongxin.org;

/** A division file was imported; re-parented units are announced one by one as {@link UnitMoved}. */
public record DivisionsImported(int created, int updated, int unchanged) {
}
