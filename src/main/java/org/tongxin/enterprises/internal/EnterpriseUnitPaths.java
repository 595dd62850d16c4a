package org.tongxin.enterprises.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.org.UnitPathColumns;

/**
 * Each enterprise's copy of its unit's path, which org rebases when a unit moves, so that subtree
 * and scope filters stay one indexed prefix match instead of a join to org's table.
 */
@Configuration(proxyBeanMethods = false)
class EnterpriseUnitPaths {

	@Bean
	UnitPathColumns enterprisePathColumns() {
		return UnitPathColumns.of("enterprises_enterprise", "unit_path");
	}

}
