package org.tongxin.shared.workflow;

import java.util.regex.Pattern;

/**
 * Table and column names that the kernel's parts put into their statements: they come from the
 * modules' code, never from input, and are checked to be plain lower-case identifiers all the same.
 */
final class SqlNames {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private SqlNames() {
	}

	static String check(String name) {
		if (name == null || !IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not a plain SQL identifier: " + name);
		}
		return name;
	}

}
