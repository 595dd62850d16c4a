package org.tongxin.members.importing;

import java.util.List;

/**
 * A staged import with one page of its problems, and the rows whose ID number is registered to
 * somebody of another name (the first {@link MemberImports#CHECKS_SHOWN}; the rest are counted), and the
 * columns of the sheet with the fields they were read into.
 */
public record ImportPreview(ImportRecord record, List<RowProblem> problems, int page, boolean more, List<IdentityCheck> checks,
		List<Mapped> columns) {

	/** A column of the sheet and the field it was read into (key, and the label's message key), as the preview shows it. */
	public record Mapped(String header, String key, String labelKey) {
	}

}
