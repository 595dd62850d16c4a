package org.tongxin.org.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The structural statements of the tree. A move rewrites the path and depth of the whole subtree
 * in one UPDATE and bumps every version in it, so that a form opened before the move cannot write
 * over it. Moves and imports take one transaction-scoped advisory lock: two structural changes
 * never interleave, and several application nodes agree on that through the database.
 */
@Component
class SubtreeStatements {

	/** Arbitrary but fixed: the advisory lock key of the org_unit tree. */
	private static final long TREE_LOCK = 0x0A67_0001L;

	private final JdbcClient jdbc;

	SubtreeStatements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lockTree() {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", TREE_LOCK).query(Object.class).single();
	}

	/** Ids for new units, taken from the table's own sequence in one round trip. */
	List<Long> reserveIds(int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.sql("select nextval('org_unit_id_seq') from generate_series(1, :n)")
			.param("n", count)
			.query(Long.class)
			.list();
	}

	/** Moves {@code unitId} and everything below it under {@code newParentId}; returns the unit's new path. */
	String move(long unitId, long newParentId) {
		return jdbc.sql("""
				with moved as (select id, path, depth from org_unit where id = :id),
				     target as (select path, depth from org_unit where id = :parent),
				     changed as (
				       update org_unit u
				          set path = target.path || moved.id || '/' || substr(u.path, length(moved.path) + 1),
				              depth = u.depth + target.depth + 1 - moved.depth,
				              parent_id = case when u.id = moved.id then :parent else u.parent_id end,
				              version = u.version + 1,
				              updated_at = now()
				         from moved, target
				        where u.path like moved.path || '%'
				       returning u.id, u.path)
				select path from changed where id = :id""")
			.param("id", unitId)
			.param("parent", newParentId)
			.query(String.class)
			.single();
	}

}
