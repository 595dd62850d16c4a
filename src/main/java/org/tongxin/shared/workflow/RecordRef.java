package org.tongxin.shared.workflow;

/**
 * A workflow record across modules: its type (as its {@link WaitingWorkSource#type()} names it:
 * "demand", "proposal", "report", …) and its id among records of that type.
 */
public record RecordRef(String type, long id) {

	public RecordRef {
		if (type == null || !type.matches("[a-z][a-z-]{0,31}")) {
			throw new IllegalArgumentException("a record type is a short lower-case name: " + type);
		}
	}

}
