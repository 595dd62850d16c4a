package org.tongxin.members.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongxin.org.UnitPathColumns;

/**
 * Each person's copy of their unit's path, which org rebases when a unit moves, so that subtree and
 * scope filters stay one indexed prefix match; and then the search index, which filters by the same
 * path (the data scope), learns of the moved people through its outbox ({@link PersonIndexing}), in
 * the same transaction.
 */
@Configuration(proxyBeanMethods = false)
class MemberUnitPaths {

	@Bean
	UnitPathColumns memberPathColumns(JdbcClient jdbc, PersonIndexing indexing) {
		return UnitPathColumns.of("members_person", "unit_path")
			.then(moved -> indexing.reindex(jdbc.sql("select id from members_person where unit_path like :newPrefix")
				.param("newPrefix", moved.newPath() + "%")
				.query(Long.class)
				.list()));
	}

}
