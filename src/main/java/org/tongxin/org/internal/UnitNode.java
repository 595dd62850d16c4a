package org.tongxin.org.internal;

import org.tongxin.org.UnitSummary;

/** A unit as the pages and the API show it: with its version (for forms) and its number of children. */
public record UnitNode(UnitSummary unit, long version, int childCount) {

	public long id() {
		return unit.id();
	}

}
