package org.tongxin.members.importing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongxin.shared.files.StoredFiles;

/**
 * A sheet's header row as understood: each non-empty header with what its column is read into
 * (null while unknown). It is what the mapping step shows and what is kept with the import.
 */
record SheetLayout(List<Column> columns) {

	/** One column: its 0-based index, its header as written, and its target (null: not understood). */
	record Column(int index, String header, ColumnTarget target) {

		String letter() {
			return HeaderNames.columnName(index);
		}

	}

	/**
	 * Why the sheet cannot be read as it is, or null: a header not understood, one field given
	 * by two columns, or a required field given by none. Reported in that order, since mapping
	 * the unknown columns may settle the rest.
	 */
	ImportRefusal problem() {
		for (Column c : columns) {
			if (c.target() == null) {
				return new ImportRefusal("member.import.header.unknown", c.header(), c.letter());
			}
		}
		Map<ImportColumn, Column> byField = new HashMap<>();
		for (Column c : columns) {
			for (ImportColumn field : c.target().columns()) {
				Column first = byField.putIfAbsent(field, c);
				if (first != null) {
					return HeaderNames.normal(first.header()).equals(HeaderNames.normal(c.header()))
							? new ImportRefusal("member.import.header.repeated", c.header())
							: new ImportRefusal("member.import.header.twice", first.header(), c.header(),
									new DefaultMessageSourceResolvable(field.headerKey()));
				}
			}
		}
		for (ImportColumn field : ImportColumn.values()) {
			if (field.required() && !byField.containsKey(field)) {
				return new ImportRefusal("member.import.header.missing", new DefaultMessageSourceResolvable(field.headerKey()));
			}
		}
		return null;
	}

	List<String> unknownHeaders() {
		return columns.stream().filter(c -> c.target() == null).map(Column::header).toList();
	}

	/** Cell index to target, for reading the rows. */
	Map<Integer, ColumnTarget> targets() {
		Map<Integer, ColumnTarget> targets = new LinkedHashMap<>();
		columns.forEach(c -> targets.put(c.index(), c.target()));
		return targets;
	}

	/** Header (as written) to target key, for every understood column: what is kept and remembered. */
	Map<String, String> mapping() {
		Map<String, String> mapping = new LinkedHashMap<>();
		columns.stream().filter(c -> c.target() != null).forEach(c -> mapping.put(c.header(), c.target().key()));
		return mapping;
	}

	/** The key of the header row's shape: a remembered mapping applies to sheets headed alike, in the same order. */
	String shape() {
		StringBuilder text = new StringBuilder();
		columns.forEach(c -> text.append(HeaderNames.normal(c.header())).append('\u001f'));
		return StoredFiles.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
	}

}
