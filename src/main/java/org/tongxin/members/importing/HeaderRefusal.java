package org.tongxin.members.importing;

/** The header row cannot be read as it is; the layout says which columns are understood, for the mapping step. */
final class HeaderRefusal extends ImportRefusal {

	private final transient SheetLayout layout;

	HeaderRefusal(SheetLayout layout, ImportRefusal problem) {
		super(problem.code(), problem.args());
		this.layout = layout;
	}

	SheetLayout layout() {
		return layout;
	}

}
