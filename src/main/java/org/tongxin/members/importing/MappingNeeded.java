package org.tongxin.members.importing;

import org.tongxin.shared.domain.Rejection;

/**
 * The sheet's headers are not all understood (or leave a required field out, or give one field
 * twice): refused with the reason on {@code field}, and with the layout so far, from which a page
 * offers the mapping step and the API names the unknown headers and the fields.
 */
final class MappingNeeded extends Rejection {

	private final transient SheetLayout layout;

	MappingNeeded(String field, SheetLayout layout, ImportRefusal problem) {
		super(field, problem.code(), problem.args());
		this.layout = layout;
	}

	SheetLayout layout() {
		return layout;
	}

}
