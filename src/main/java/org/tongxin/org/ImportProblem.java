package org.tongxin.org;

/**
 * One reason a division file was refused: the line in the file (the header is line 1; 0 for the
 * file as a whole), the column, the value found, and a message code from the bundles with its
 * arguments.
 */
public record ImportProblem(int row, String column, String value, String code, Object... args)
		implements java.io.Serializable {

	public static ImportProblem ofFile(String code, Object... args) {
		return new ImportProblem(0, null, null, code, args);
	}

}
