package org.tongxin.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.org.UnitKind;
import org.tongxin.org.UnitSummary;

/**
 * Reads of the tree as DTOs, each a single statement: a node's children come with their own child
 * counts, so a tree level costs one query whatever its size. Ordered by kind (divisions first,
 * then functional units in the order of {@link UnitKind}), then code.
 */
@Component
public class UnitReadModel {

	static final String COLUMNS = "u.id, u.code, u.name, u.kind, u.parent_id, u.path, u.depth, u.active, u.version";

	private static final String WITH_COUNT = "select " + COLUMNS
			+ ", (select count(*) from org_unit c where c.parent_id = u.id) as child_count from org_unit u ";

	private static final String ORDER = " order by array_position(array['PROVINCE','CITY','COUNTY','TOWNSHIP','VILLAGE',"
			+ "'LEADING_GROUP_MEMBER','PARK','CHAMBER','ASSOCIATION','SERVICE_STATION','EDUCATION_BASE','DEMOCRATIC_PARTY','OTHER']::varchar[],"
			+ " u.kind::varchar), u.code";

	/** More children than any real division has; a bound, not a page size. */
	private static final int MAX_CHILDREN = 2000;

	private final JdbcClient jdbc;

	UnitReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One unit without its child count: the cheap look-up for existence, scope and labels. */
	public Optional<UnitSummary> summary(long id) {
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.id = :id").param("id", id)
			.query(UnitReadModel::summary)
			.optional();
	}

	public Optional<UnitNode> node(long id) {
		return jdbc.sql(WITH_COUNT + "where u.id = :id").param("id", id).query(UnitReadModel::node).optional();
	}

	public List<UnitNode> children(long parentId) {
		return jdbc.sql(WITH_COUNT + "where u.parent_id = :parent" + ORDER + " limit " + MAX_CHILDREN)
			.param("parent", parentId)
			.query(UnitReadModel::node)
			.list();
	}

	public Optional<UnitSummary> byCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.code = :code")
			.param("code", code)
			.query(UnitReadModel::summary)
			.optional();
	}

	/** Units by id, root first (for lineages). */
	public List<UnitSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.id in (:ids) order by u.depth")
			.param("ids", ids)
			.query(UnitReadModel::summary)
			.list();
	}

	/** Active units whose name or code contains {@code text}, within a path prefix (null: everywhere). */
	public List<UnitSummary> search(String text, String withinPath, int limit) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select " + COLUMNS + " from org_unit u where u.active and (u.name like :p or u.code like :p)"
				+ " and (cast(:within as varchar) is null or u.path like :within || '%') order by u.depth, u.code limit :limit")
			.param("p", pattern)
			.param("within", withinPath)
			.param("limit", limit)
			.query(UnitReadModel::summary)
			.list();
	}

	/** How many units of each kind lie below a unit (itself excluded). */
	public Map<UnitKind, Long> subtreeCounts(UnitSummary unit) {
		Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
		jdbc.sql("select kind, count(*) from org_unit where path like :prefix || '%' and id <> :id group by kind")
			.param("prefix", unit.path())
			.param("id", unit.id())
			.query((rs, n) -> counts.put(UnitKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	static UnitSummary summary(ResultSet rs, int row) throws SQLException {
		Long parent = rs.getObject("parent_id", Long.class);
		return new UnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), parent, rs.getString("path"),
				rs.getInt("depth"), rs.getBoolean("active"));
	}

	private static UnitNode node(ResultSet rs, int row) throws SQLException {
		return new UnitNode(summary(rs, row), rs.getLong("version"), rs.getInt("child_count"));
	}

}
