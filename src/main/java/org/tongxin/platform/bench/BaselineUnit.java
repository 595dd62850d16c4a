package org.tongxin.platform.bench;

/** One row of the baseline: a child unit as read straight from {@code org_unit}. */
record BaselineUnit(long id, String code, String name, String kind, Long parentId, String path, int depth,
		boolean active) {

}
