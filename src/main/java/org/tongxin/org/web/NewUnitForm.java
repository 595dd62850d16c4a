package org.tongxin.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxin.org.UnitKind;

/** A new functional unit under the unit of the page; the code may stay empty (then generated). */
public class NewUnitForm {

	@NotNull(message = "{unit.kind.required}")
	private UnitKind kind;

	@NotBlank(message = "{unit.name.required}")
	@Size(max = 200, message = "{unit.name.size}")
	private String name;

	@Size(max = 32, message = "{unit.code.size}")
	private String code;

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
