package org.tongxin.inbox.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.org.UnitPathColumns;

/**
 * The inbox rows' copy of the unit path of the record they wait on, which org rebases when a unit
 * moves: a town officer's domain is one prefix match on it, so a moved village's waiting work
 * follows the village to its new town.
 */
@Configuration(proxyBeanMethods = false)
class InboxUnitPaths {

	@Bean
	UnitPathColumns inboxItemPathColumns() {
		return UnitPathColumns.of("inbox_item", "unit_path");
	}

}
