package org.tongxin.org.internal;

/** One data line of a division file, trimmed; {@code line} is its line number in the file. */
record DivisionRow(int line, String code, String name, String level, String parentCode) {

	boolean hasParent() {
		return !parentCode.isEmpty();
	}

}
