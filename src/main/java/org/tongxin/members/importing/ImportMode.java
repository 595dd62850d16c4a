package org.tongxin.members.importing;

/** What a row does to a person already registered: nothing, overwrite with the row's values, or fill only empty fields. */
public enum ImportMode {

	SKIP, UPDATE, FILL_EMPTY;

	static ImportMode parse(String text) {
		for (ImportMode mode : values()) {
			if (mode.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return mode;
			}
		}
		return null;
	}

}
