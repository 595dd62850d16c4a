package org.tongxin.org.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitKind;

/**
 * Bulk statements of the division import. New rows go in as arrays through {@code unnest}: one
 * statement per few thousand rows instead of one per row, with every value still a parameter.
 */
@Component
class DivisionStore {

	private static final int CHUNK = 5000;

	private static final String INSERT = """
			insert into org_unit (id, code, name, kind, parent_id, path, depth, active, created_at, updated_at, version)
			select id, code, name, kind, parent_id, path, depth, true, now(), now(), 0
			  from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::int[])
			       as t(id, code, name, kind, parent_id, path, depth)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DivisionStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Map<String, ExistingUnit> existing(Collection<String> codes) {
		Map<String, ExistingUnit> units = new HashMap<>();
		// a join on the unnested codes lets PostgreSQL hash them: one statement for any file size
		jdbc.sql("""
				select u.id, u.code, u.name, u.kind, u.parent_id, u.path, u.depth
				  from org_unit u join unnest(cast(:codes as varchar[])) as c(code) on u.code = c.code""")
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> new ExistingUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					UnitKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", Long.class), rs.getString("path"),
					rs.getInt("depth")))
			.list()
			.forEach(u -> units.put(u.code(), u));
		return units;
	}

	void insert(List<ExistingUnit> units) {
		for (int from = 0; from < units.size(); from += CHUNK) {
			List<ExistingUnit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
			template.execute((ConnectionCallback<Integer>) con -> insertChunk(con, chunk));
		}
	}

	void rename(Map<Long, String> names) {
		List<Object[]> args = names.entrySet().stream().map(e -> new Object[] { e.getValue(), e.getKey() }).toList();
		template.batchUpdate("update org_unit set name = ?, version = version + 1, updated_at = now() where id = ?", args);
	}

	private static int insertChunk(Connection con, List<ExistingUnit> chunk) throws SQLException {
		try (PreparedStatement statement = con.prepareStatement(INSERT)) {
			statement.setArray(1, con.createArrayOf("bigint", chunk.stream().map(ExistingUnit::id).toArray()));
			statement.setArray(2, con.createArrayOf("varchar", chunk.stream().map(ExistingUnit::code).toArray()));
			statement.setArray(3, con.createArrayOf("varchar", chunk.stream().map(ExistingUnit::name).toArray()));
			statement.setArray(4, con.createArrayOf("varchar", chunk.stream().map(u -> u.kind().name()).toArray()));
			statement.setArray(5, con.createArrayOf("bigint", chunk.stream().map(ExistingUnit::parentId).toArray()));
			statement.setArray(6, con.createArrayOf("varchar", chunk.stream().map(ExistingUnit::path).toArray()));
			statement.setArray(7, con.createArrayOf("int4", chunk.stream().map(ExistingUnit::depth).toArray()));
			return statement.executeUpdate();
		}
	}

}
