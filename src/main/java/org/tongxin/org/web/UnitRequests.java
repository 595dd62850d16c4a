package org.tongxin.org.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tongxin.org.UnitKind;

/** Bodies of the unit API. */
public final class UnitRequests {

	private UnitRequests() {
	}

	/** A new functional unit; {@code code} optional (generated when empty). */
	public record Create(@NotNull(message = "{unit.parent.required}") Long parentId,
			@NotNull(message = "{unit.kind.required}") UnitKind kind,
			@NotBlank(message = "{unit.name.required}") @Size(max = 200, message = "{unit.name.size}") String name,
			@Size(max = 32, message = "{unit.code.size}") String code) {
	}

	public record Rename(@NotBlank(message = "{unit.name.required}") @Size(max = 200, message = "{unit.name.size}") String name,
			Long version) {
	}

	/** The new parent by id or by code (one of them). */
	public record Move(Long parentId, String parentCode, Long version) {
	}

	/** Optional body of deactivate and reactivate. */
	public record Version(Long version) {
	}

}
