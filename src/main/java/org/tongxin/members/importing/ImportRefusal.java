package org.tongxin.members.importing;

/** The whole file is refused (not a workbook, too large when unpacked, wrong headers): nothing was read into the registry. */
class ImportRefusal extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	ImportRefusal(String code, Object... args) {
		super(code, null, false, false);
		this.code = code;
		this.args = args;
	}

	/** Refused because the file could not be read; the cause is kept for the log. */
	ImportRefusal(Throwable cause, String code) {
		super(code, cause, false, false);
		this.code = code;
		this.args = new Object[0];
	}

	String code() {
		return code;
	}

	Object[] args() {
		return args;
	}

}
