package org.tongxin.proposals.decisions;

import java.util.List;

/** A result as its decision's page shows it: the owner unit's name, the update timeline, and whether the reader may post one. */
public record ResultView(Result result, String ownerUnitName, List<ResultUpdate> updates, boolean mayUpdate) {
}
