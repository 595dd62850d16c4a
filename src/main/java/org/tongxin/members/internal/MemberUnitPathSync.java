package org.tongxin.members.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitMoved;

/**
 * Keeps each person's copy of their unit's path in step with the network, so that subtree and
 * scope filters stay one indexed prefix match instead of a join to org's table; and the search
 * index, which filters by the same path, in step with the table ({@link PersonIndexing}).
 */
@Component
class MemberUnitPathSync {

	private final JdbcClient jdbc;

	private final PersonIndexing indexing;

	MemberUnitPathSync(JdbcClient jdbc, PersonIndexing indexing) {
		this.jdbc = jdbc;
		this.indexing = indexing;
	}

	@ApplicationModuleListener
	void on(UnitMoved moved) {
		jdbc.sql("""
				update members_person set unit_path = :newPath || substring(unit_path from char_length(:oldPath) + 1)
				where unit_path like :oldPrefix""")
			.param("newPath", moved.newPath())
			.param("oldPath", moved.oldPath())
			.param("oldPrefix", moved.oldPath() + "%")
			.update();
		// the index filters by unit path too (the data scope): the moved people are indexed anew
		indexing.reindex(jdbc.sql("select id from members_person where unit_path like :newPrefix")
			.param("newPrefix", moved.newPath() + "%")
			.query(Long.class)
			.list());
	}

}
