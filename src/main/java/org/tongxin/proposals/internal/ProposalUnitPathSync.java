package org.tongxin.proposals.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitMoved;

/**
 * Keeps the module's copies of unit paths (the proposing unit, the lead and co-handling units, the
 * owner units of implementation results) in step with the network, so that the scope filters stay
 * indexed prefix matches and a handling unit that moves to another town is seen there. Runs after
 * the move has committed.
 */
@Component
class ProposalUnitPathSync {

	private final JdbcClient jdbc;

	ProposalUnitPathSync(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		// fixed statements, one per column that holds a copy of a path
		jdbc.sql("update proposals_proposal set proposer_unit_path = :newPath || substring(proposer_unit_path"
				+ " from char_length(:oldPath) + 1) where proposer_unit_path like :oldPrefix")
			.param("newPath", moved.newPath()).param("oldPath", moved.oldPath()).param("oldPrefix", moved.oldPath() + "%")
			.update();
		jdbc.sql("update proposals_proposal set lead_unit_path = :newPath || substring(lead_unit_path"
				+ " from char_length(:oldPath) + 1) where lead_unit_path like :oldPrefix")
			.param("newPath", moved.newPath()).param("oldPath", moved.oldPath()).param("oldPrefix", moved.oldPath() + "%")
			.update();
		jdbc.sql("update proposals_co_unit set unit_path = :newPath || substring(unit_path"
				+ " from char_length(:oldPath) + 1) where unit_path like :oldPrefix")
			.param("newPath", moved.newPath()).param("oldPath", moved.oldPath()).param("oldPrefix", moved.oldPath() + "%")
			.update();
		jdbc.sql("update proposals_result set owner_unit_path = :newPath || substring(owner_unit_path"
				+ " from char_length(:oldPath) + 1) where owner_unit_path like :oldPrefix")
			.param("newPath", moved.newPath()).param("oldPath", moved.oldPath()).param("oldPrefix", moved.oldPath() + "%")
			.update();
	}

}
