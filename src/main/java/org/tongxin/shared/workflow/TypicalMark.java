package org.tongxin.shared.workflow;

import java.time.Instant;

/** A record marked as a typical case: why (the note a work report quotes), by whom, when. */
public record TypicalMark(String note, String markedBy, Instant markedAt) {
}
