package org.tongxin.demands.sla;

import org.tongxin.demands.DemandCategory;

/** A category as its administrators see it: with its place in lists and its version (optimistic locking). */
public record ManagedCategory(DemandCategory category, int sortOrder, long version) {

	public long id() {
		return category.id();
	}

}
