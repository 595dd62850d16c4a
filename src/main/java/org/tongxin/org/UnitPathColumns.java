package org.tongxin.org;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A module's copies of unit paths: one table and the columns in it that hold the path of a unit of
 * the network ({@code /1/3/17/}), kept so that scope and subtree filters stay one indexed prefix
 * match instead of a join to org's table. A module declares each such table as a bean, in the
 * module itself:
 *
 * <pre>
 * &#64;Bean
 * UnitPathColumns inboxPathColumns() {
 *     return UnitPathColumns.of("inbox_item", "unit_path");
 * }
 * </pre>
 *
 * and org rebases them all when a unit moves ({@link UnitMoved}): after the move has committed, in
 * one transaction, retried after a crash. A follow-up ({@link #then}) runs in that transaction
 * right after the table's paths moved, for work that depends on them (a search index that filters
 * by the path).
 */
public record UnitPathColumns(String table, List<String> columns, Consumer<UnitMoved> followUp) {

	/** A table or column as code names it: never text from a request. */
	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	public UnitPathColumns {
		name(table);
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("No path columns declared for " + table);
		}
		columns.forEach(UnitPathColumns::name);
		Objects.requireNonNull(followUp, "followUp");
	}

	public static UnitPathColumns of(String table, String... columns) {
		return new UnitPathColumns(table, List.of(columns), moved -> {
		});
	}

	/** The same columns, with work to do once their paths have moved. */
	public UnitPathColumns then(Consumer<UnitMoved> work) {
		return new UnitPathColumns(table, columns, work);
	}

	private static void name(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a table or column name: " + name);
		}
	}

}
