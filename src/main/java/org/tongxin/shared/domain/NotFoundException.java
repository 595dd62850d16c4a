package org.tongxin.shared.domain;

/**
 * A record that does not exist or that the actor may not see. Both answer 404 so that ids outside
 * the actor's scope reveal nothing.
 */
public class NotFoundException extends RuntimeException {

	private final String entity;

	private final Object id;

	public NotFoundException(String entity, Object id) {
		super(entity + " " + id + " not found");
		this.entity = entity;
		this.id = id;
	}

	public String entity() {
		return entity;
	}

	public Object id() {
		return id;
	}

}
