package org.tongxin.members.importing;

import java.util.Arrays;
import java.util.Objects;

/** What is wrong in a row: the column and a message code with its arguments (never the cell's value if sensitive). */
public record RowProblem(int row, ImportColumn column, String code, Object... args) {

	@Override
	public boolean equals(Object o) {
		return o instanceof RowProblem p && p.row == row && p.column == column && p.code.equals(code)
				&& Arrays.equals(p.args, args);
	}

	@Override
	public int hashCode() {
		return Objects.hash(row, column, code) * 31 + Arrays.hashCode(args);
	}

	@Override
	public String toString() {
		return row + ":" + column + ":" + code + Arrays.toString(args);
	}

}
