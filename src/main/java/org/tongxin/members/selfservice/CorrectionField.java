package org.tongxin.members.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One field of a correction: its value when the member asked (old) and the value asked for (new),
 * both normalised by the registry's rules; null is "none". Values of a sensitive field are
 * FieldCipher ciphertext ({@code sealed}).
 */
@Embeddable
class CorrectionField {

	@Column(name = "field")
	private String field;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	@Column(name = "sealed")
	private boolean sealed;

	protected CorrectionField() {
	}

	CorrectionField(String field, String oldValue, String newValue, boolean sealed) {
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.sealed = sealed;
	}

	String field() {
		return field;
	}

	String oldValue() {
		return oldValue;
	}

	String newValue() {
		return newValue;
	}

	boolean sealed() {
		return sealed;
	}

}
