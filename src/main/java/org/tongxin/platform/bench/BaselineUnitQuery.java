package org.tongxin.platform.bench;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The baseline's single statement: the children of the unit with a given code, ordered by code.
 * Plain JDBC on purpose (no JPA, no data scope): it is the floor the real pages are measured
 * against. It reads the platform's own table directly, which a business module must not do; the
 * baseline lives in {@code platform} and only in the {@code bench} profile for that reason.
 */
@Component
@Profile("bench")
class BaselineUnitQuery {

	private static final String CHILDREN_BY_PARENT_CODE = """
			SELECT c.id, c.code, c.name, c.kind, c.parent_id, c.path, c.depth, c.active
			  FROM org_unit c
			  JOIN org_unit p ON p.id = c.parent_id
			 WHERE p.code = ?
			 ORDER BY c.code""";

	private final JdbcClient jdbc;

	BaselineUnitQuery(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	List<BaselineUnit> childrenOf(String parentCode) {
		return jdbc.sql(CHILDREN_BY_PARENT_CODE)
			.param(parentCode)
			.query((rs, row) -> new BaselineUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Long.class), rs.getString(6), rs.getInt(7), rs.getBoolean(8)))
			.list();
	}

}
