package org.tongxin.org.internal;

import org.tongxin.org.UnitKind;

/** A unit already in the database, as the import needs it. */
record ExistingUnit(long id, String code, String name, UnitKind kind, Long parentId, String path, int depth) {
}
