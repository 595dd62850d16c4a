package org.tongxin.demands.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.org.UnitPathColumns;

/**
 * The cases' copies of unit paths (where a case arose, where it is handled, where it was escalated
 * to), which org rebases when a unit moves, so that scope and subtree filters stay one indexed
 * prefix match. The figures' monthly sums follow through their trigger (a moved case leaves its
 * old group and joins the new one).
 */
@Configuration(proxyBeanMethods = false)
class DemandUnitPaths {

	@Bean
	UnitPathColumns demandCasePathColumns() {
		return UnitPathColumns.of("demands_case", "unit_path", "handling_unit_path", "escalated_unit_path");
	}

}
