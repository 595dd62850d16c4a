package org.tongxin.org.web;

import jakarta.validation.constraints.NotBlank;

/** Moving a unit: the new parent by its code (chosen from a search list). */
public class MoveForm {

	@NotBlank(message = "{unit.parent.required}")
	private String parentCode;

	private Long version;

	public String getParentCode() {
		return parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
