package org.tongxin.members.history;

import java.time.Instant;

/**
 * One changed field of a person as the viewer may see it: values of a sensitive field are masks
 * unless the viewer holds MEMBER_SENSITIVE_VIEW. {@code labelKey} names the field in the message
 * bundles; values are stored text (codes for gender and comma-separated categories, which the page
 * localises).
 */
public record HistoryEntry(long id, Instant at, long actorUserId, String actorName, String source, String field,
		String labelKey, String before, String after, boolean sensitive, boolean masked) {
}
