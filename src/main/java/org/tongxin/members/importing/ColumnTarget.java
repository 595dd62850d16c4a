package org.tongxin.members.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What one column of a sheet is read into: a field of the template, nothing (a column the
 * registry does not keep, such as 序号), or work unit and post together (a department's
 * 工作单位及职务 column, split where the post begins). Keys are those of the mapping a user or a
 * script chooses ({@code {"手机号":"phone","序号":"ignore"}}) and of the synonym table.
 */
record ColumnTarget(String key, List<ImportColumn> columns) {

	static final ColumnTarget IGNORE = new ColumnTarget("ignore", List.of());

	static final ColumnTarget WORK_UNIT_AND_POST = new ColumnTarget("workUnitAndPost",
			List.of(ImportColumn.WORK_UNIT, ImportColumn.POST));

	static ColumnTarget of(ImportColumn column) {
		return column.imported() ? new ColumnTarget(column.key(), List.of(column)) : IGNORE;
	}

	/** The target of a key, or null if there is none of that name. */
	static ColumnTarget parse(String key) {
		if (key == null) {
			return null;
		}
		for (ColumnTarget target : choices()) {
			if (target.key.equals(key.strip())) {
				return target;
			}
		}
		return IGNORE.key.equals(key.strip()) ? IGNORE : null;
	}

	/** The fields a column may be mapped to, in the template's order, the combined one last (ignore not included). */
	static List<ColumnTarget> choices() {
		List<ColumnTarget> all = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.imported()) {
				all.add(of(column));
			}
		}
		all.add(WORK_UNIT_AND_POST);
		return all;
	}

	boolean ignored() {
		return columns.isEmpty();
	}

	boolean required() {
		return columns.stream().anyMatch(ImportColumn::required);
	}

	/** The message naming the target in the user's language. */
	String labelKey() {
		return columns.size() == 1 ? columns.get(0).headerKey() : "member.import.mapping.target." + key;
	}

	/**
	 * A combined cell split in two: up to the first space, comma or enumeration comma is the work
	 * unit, the rest the post ("区人民医院 副院长" → 区人民医院 / 副院长). Without a separator the
	 * whole text is the work unit, which is where a sheet's reader would look for it.
	 */
	static String[] splitWorkUnitAndPost(String text) {
		String t = text.strip();
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000' || c == '，' || c == ',' || c == '、') {
				String post = t.substring(i + 1).strip();
				return new String[] { t.substring(0, i).strip(), post.isEmpty() ? null : post };
			}
		}
		return new String[] { t, null };
	}

}
