package org.tongxin.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Renaming a unit; {@code version} is the one the user saw, to catch a concurrent change. */
public class RenameForm {

	@NotBlank(message = "{unit.name.required}")
	@Size(max = 200, message = "{unit.name.size}")
	private String name;

	private Long version;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
