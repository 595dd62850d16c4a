package org.tongxin.proposals.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.org.UnitPathColumns;

/** The reports' copies of their reporter unit's path, which org rebases when a unit moves (the scope filter's prefix match). */
@Configuration(proxyBeanMethods = false)
class ReportUnitPaths {

	@Bean
	UnitPathColumns reportPathColumns() {
		return UnitPathColumns.of("proposals_report", "reporter_unit_path");
	}

}
