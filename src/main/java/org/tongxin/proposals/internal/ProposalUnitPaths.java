package org.tongxin.proposals.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.org.UnitPathColumns;

/**
 * The proposals' copies of unit paths (the proposing unit, the lead and co-handling units), which
 * org rebases when a unit moves, so that the scope filters stay indexed prefix matches and a
 * handling unit that moves to another town is seen there.
 */
@Configuration(proxyBeanMethods = false)
class ProposalUnitPaths {

	@Bean
	UnitPathColumns proposalPathColumns() {
		return UnitPathColumns.of("proposals_proposal", "proposer_unit_path", "lead_unit_path");
	}

	@Bean
	UnitPathColumns proposalCoUnitPathColumns() {
		return UnitPathColumns.of("proposals_co_unit", "unit_path");
	}

}
