package org.tongxin.proposals.decisions;

/** Where an implementation result stands: open (progress below 100) or completed (100, with its date). */
public enum ResultStatus {

	OPEN, COMPLETED

}
