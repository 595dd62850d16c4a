package org.tongxin.members.posts;

import java.time.LocalDate;

/** A checked "end this session": the open NPC or CPPCC seats of one level and session end on {@code endedOn}. */
record SessionEnd(PostKind kind, PostLevel level, int sessionNumber, LocalDate endedOn) {
}
