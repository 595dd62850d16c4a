package org.tongxin.org;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.tongxin.org.internal.UnitPaths;

/**
 * The units whose records an actor sees, as a value: every unit, a subtree (the units whose path
 * starts with a unit's path), one unit, or none. The same bounds as a Java check for a loaded
 * record ({@link #admits}) and as an SQL condition over a record's unit columns ({@link #sql}), so
 * that both always agree; {@link #translate} carries them into other query languages (a criteria
 * query, the search index). {@link UnitAccess} makes it for an actor; modules add their own-record
 * rules (submitter, handler, liaison…) around it. A record without a unit (a null id) is never
 * admitted.
 */
public final class UnitScope {

	/** One answer per kind of scope, for query languages other than SQL. */
	public interface Translation<R> {

		R everyUnit();

		/** The units whose path starts with {@code path} (the root of the subtree included). */
		R subtree(String path);

		R unit(long unitId);

		R noUnit();

	}

	private enum Reach {
		EVERY_UNIT, SUBTREE, ONE_UNIT, NO_UNIT
	}

	/** A column as code names it, optionally with its table alias: never text from a request. */
	private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

	private static final String PARAMETER = "unitScope";

	private static final UnitScope EVERY = new UnitScope(Reach.EVERY_UNIT, null, null);

	private static final UnitScope NONE = new UnitScope(Reach.NO_UNIT, null, null);

	private final Reach reach;

	private final String path;

	private final Long unitId;

	private UnitScope(Reach reach, String path, Long unitId) {
		this.reach = reach;
		this.path = path;
		this.unitId = unitId;
	}

	public static UnitScope everyUnit() {
		return EVERY;
	}

	/** The unit and every unit below it. */
	public static UnitScope subtreeOf(UnitSummary unit) {
		return new UnitScope(Reach.SUBTREE, unit.path(), null);
	}

	/** The unit alone. */
	public static UnitScope only(long unitId) {
		return new UnitScope(Reach.ONE_UNIT, null, unitId);
	}

	public static UnitScope noUnit() {
		return NONE;
	}

	/** Whether a record's unit (its id and path; both null: the record has no such unit) lies in the scope. */
	public boolean admits(Long id, String unitPath) {
		return switch (reach) {
			case EVERY_UNIT -> id != null;
			case SUBTREE -> unitPath != null && unitPath.startsWith(path);
			case ONE_UNIT -> unitId.equals(id);
			case NO_UNIT -> false;
		};
	}

	public boolean coversEveryUnit() {
		return reach == Reach.EVERY_UNIT;
	}

	public boolean coversNoUnit() {
		return reach == Reach.NO_UNIT;
	}

	/** Whether the scope reaches the units below a unit it holds (every unit, a subtree), not a unit alone. */
	public boolean reachesBelow() {
		return reach == Reach.EVERY_UNIT || reach == Reach.SUBTREE;
	}

	/**
	 * The same bounds as an SQL condition over a record's unit id and path columns (names from code,
	 * e.g. {@code c.unit_id}), in parentheses, its values added to {@code params} under names no
	 * other condition of the statement uses. To be used positively (in an AND or an OR, not under
	 * NOT): a null column makes it unknown, which admits nothing, as {@link #admits} does.
	 */
	public String sql(String idColumn, String pathColumn, Map<String, Object> params) {
		column(idColumn);
		column(pathColumn);
		return switch (reach) {
			case EVERY_UNIT -> "(" + idColumn + " is not null)";
			case SUBTREE -> "(" + pathColumn + " like :" + bind(params, UnitPaths.likePrefix(path)) + ")";
			case ONE_UNIT -> "(" + idColumn + " = :" + bind(params, unitId) + ")";
			case NO_UNIT -> "(false)";
		};
	}

	public <R> R translate(Translation<R> translation) {
		return switch (reach) {
			case EVERY_UNIT -> translation.everyUnit();
			case SUBTREE -> translation.subtree(path);
			case ONE_UNIT -> translation.unit(unitId);
			case NO_UNIT -> translation.noUnit();
		};
	}

	private static void column(String name) {
		if (name == null || !COLUMN.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a column name: " + name);
		}
	}

	/** Adds the value under the first free name: two scopes, or one scope over two columns, never collide. */
	private static String bind(Map<String, Object> params, Object value) {
		int n = 1;
		while (params.containsKey(PARAMETER + n)) {
			n++;
		}
		params.put(PARAMETER + n, value);
		return PARAMETER + n;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UnitScope o && reach == o.reach && Objects.equals(path, o.path)
				&& Objects.equals(unitId, o.unitId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(reach, path, unitId);
	}

	@Override
	public String toString() {
		return "UnitScope[" + reach + (path != null ? " " + path : "") + (unitId != null ? " " + unitId : "") + "]";
	}

}
