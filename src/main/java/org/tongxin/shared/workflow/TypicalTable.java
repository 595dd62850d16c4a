package org.tongxin.shared.workflow;

/**
 * Where a module keeps the marks of its typical cases (典型案例), for {@link TypicalMarks}: one row per
 * marked record, with the columns every such table has (the record's column as its key,
 * {@code note}, {@code marked_by}, {@code marked_by_name}, {@code marked_at}); names come from code
 * only.
 *
 * @param table the module's table, e.g. {@code demands_typical}
 * @param recordColumn its key and foreign key to the record, e.g. {@code case_id}
 */
public record TypicalTable(String table, String recordColumn) {

	public TypicalTable {
		SqlNames.check(table);
		SqlNames.check(recordColumn);
	}

}
