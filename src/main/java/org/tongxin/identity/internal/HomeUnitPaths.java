package org.tongxin.identity.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.org.UnitPathColumns;
import org.tongxin.org.Units;

/**
 * The copy of each user's home-unit path, which scopes the user list: filled on start for accounts
 * created without one (the first administrator, demo accounts), after the bootstrap and demo
 * runners; rebased by org when a subtree moves, as declared here.
 */
@Component
@Order(300)
class HomeUnitPaths implements ApplicationRunner {

	private final UserAccountRepository users;

	private final Units units;

	HomeUnitPaths(UserAccountRepository users, Units units) {
		this.users = users;
		this.units = units;
	}

	@Bean
	static UnitPathColumns identityPathColumns() {
		return UnitPathColumns.of("identity_user", "home_unit_path");
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (UserAccount user : users.findByHomeUnitPathIsNull()) {
			units.find(user.getHomeUnitId()).ifPresent(unit -> user.placeAt(unit.path()));
		}
	}

}
