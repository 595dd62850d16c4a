package org.tongxin.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitMoved;
import org.tongxin.org.Units;

/**
 * Keeps the copy of each user's home-unit path in step with the network: filled on start for
 * accounts created without one (the first administrator, demo accounts), rebased when a subtree
 * moves. Runs after the bootstrap and demo runners.
 */
@Component
@Order(300)
class UnitPathSync implements ApplicationRunner {

	private final UserAccountRepository users;

	private final Units units;

	UnitPathSync(UserAccountRepository users, Units units) {
		this.users = users;
		this.units = units;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (UserAccount user : users.findByHomeUnitPathIsNull()) {
			units.find(user.getHomeUnitId()).ifPresent(unit -> user.placeAt(unit.path()));
		}
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		users.rebaseHomeUnitPaths(moved.oldPath(), moved.newPath());
	}

}
