package org.tongxin.members.importing;

import java.util.List;

/**
 * A staged import with one page of its problems, and the rows whose ID number is registered to
 * somebody of another name (the first {@link MemberImports#CHECKS_SHOWN}; the rest are counted).
 */
public record ImportPreview(ImportRecord record, List<RowProblem> problems, int page, boolean more, List<IdentityCheck> checks) {
}
