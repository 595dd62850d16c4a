package org.tongxin.members.history;

import java.util.List;

/** One page of a person's history, newest first; {@code hasOlder} when another page follows. */
public record HistoryPage(long personId, String personName, List<HistoryEntry> entries, int page, boolean hasOlder,
		boolean unmasked) {
}
