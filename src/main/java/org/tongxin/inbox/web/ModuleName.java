package org.tongxin.inbox.web;

/** A module filter as typed into the address: a short lower-case name, or no filter at all. */
final class ModuleName {

	private ModuleName() {
	}

	/** The name if it is one (letters and dashes, at most 32), else null: an unknown filter lists everything. */
	static String valid(String module) {
		return module != null && module.matches("[a-z][a-z-]{0,31}") ? module : null;
	}

}
