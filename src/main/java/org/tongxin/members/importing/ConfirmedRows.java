package org.tongxin.members.importing;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tongxin.shared.domain.Rejection;

/** The row numbers a user confirmed (rows whose ID number is registered under another name), read from a form or a body. */
final class ConfirmedRows {

	/** More than a sheet can hold: such a list is not a confirmation. */
	private static final int MAX = SheetReader.MAX_SHEET_ROWS;

	private ConfirmedRows() {
	}

	static Set<Integer> of(Collection<Integer> rows) {
		if (rows == null) {
			return Set.of();
		}
		check(rows.size());
		Set<Integer> set = new LinkedHashSet<>();
		for (Integer row : rows) {
			if (row == null || row < 1) {
				throw invalid(String.valueOf(row));
			}
			set.add(row);
		}
		return set;
	}

	static Set<Integer> parse(List<String> rows) {
		if (rows == null) {
			return Set.of();
		}
		check(rows.size());
		Set<Integer> set = new LinkedHashSet<>();
		for (String text : rows) {
			try {
				int row = Integer.parseInt(text == null ? "" : text.strip());
				if (row < 1) {
					throw invalid(text);
				}
				set.add(row);
			}
			catch (NumberFormatException e) {
				throw invalid(text);
			}
		}
		return set;
	}

	private static void check(int size) {
		if (size > MAX) {
			throw new Rejection("confirmRows", "member.import.confirmRows.tooMany", MAX);
		}
	}

	private static Rejection invalid(String text) {
		String shown = text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "…" : text;
		return new Rejection("confirmRows", "member.import.confirmRows.invalid", shown);
	}

}
