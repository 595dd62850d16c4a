package org.tongxin.proposals.decisions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.org.UnitPathColumns;

/** The implementation results' copies of their owner unit's path, which org rebases when a unit moves (the owner condition's prefix match). */
@Configuration(proxyBeanMethods = false)
class ResultUnitPaths {

	@Bean
	UnitPathColumns resultPathColumns() {
		return UnitPathColumns.of("proposals_result", "owner_unit_path");
	}

}
