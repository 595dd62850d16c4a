package org.tongxin.demands.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitMoved;

/**
 * Keeps the cases' copies of unit paths (where a case arose, where it is handled, where it was
 * escalated to) in step with the network, so that scope and subtree filters stay one indexed prefix
 * match. The figures' monthly sums follow through their trigger (a moved case leaves its old
 * group and joins the new one). Runs after the move has committed, retried after a crash.
 */
@Component
class DemandUnitPathSync {

	private final JdbcClient jdbc;

	DemandUnitPathSync(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		for (String column : new String[] { "unit_path", "handling_unit_path", "escalated_unit_path" }) {
			// the column names come from the fixed list above, never from input
			jdbc.sql("update demands_case set " + column + " = :newPath || substring(" + column
					+ " from char_length(:oldPath) + 1) where " + column + " like :oldPrefix")
				.param("newPath", moved.newPath())
				.param("oldPath", moved.oldPath())
				.param("oldPrefix", moved.oldPath() + "%")
				.update();
		}
	}

}
