package org.tongxin.proposals.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitMoved;

/**
 * Keeps the reports' copies of their reporter unit's path in step with the network, so that the
 * scope filter stays one indexed prefix match. Runs after the move has committed.
 */
@Component
class ReportUnitPathSync {

	private final JdbcClient jdbc;

	ReportUnitPathSync(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		jdbc.sql("update proposals_report set reporter_unit_path = :newPath || substring(reporter_unit_path"
				+ " from char_length(:oldPath) + 1) where reporter_unit_path like :oldPrefix")
			.param("newPath", moved.newPath())
			.param("oldPath", moved.oldPath())
			.param("oldPrefix", moved.oldPath() + "%")
			.update();
	}

}
