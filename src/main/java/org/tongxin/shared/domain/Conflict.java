package org.tongxin.shared.domain;

/**
 * A request refused because what it acts on changed since the user saw it (another step, another
 * confirmation, another import came first). The API answers 409 with the reason; like any
 * {@link Rejection} it changes nothing.
 */
public class Conflict extends Rejection {

	public Conflict(String field, String code, Object... args) {
		super(field, code, args);
	}

}
