package org.tongxin.enterprises.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitMoved;

/**
 * Keeps each enterprise's copy of its unit's path in step with the network, so that subtree and
 * scope filters stay one indexed prefix match instead of a join to org's table.
 */
@Component
class EnterpriseUnitPathSync {

	private final EnterpriseStore store;

	EnterpriseUnitPathSync(EnterpriseStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		store.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

}
