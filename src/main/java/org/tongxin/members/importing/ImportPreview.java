package org.tongxin.members.importing;

import java.util.List;

/** A staged import with one page of its problems. */
public record ImportPreview(ImportRecord record, List<RowProblem> problems, int page, boolean more) {
}
