package org.tongxin.members.posts;

import java.time.LocalDate;

/** A post that passed {@link PostRules}: level and session set exactly for NPC and CPPCC seats. */
record PostValues(PostKind kind, PostLevel level, Integer sessionNumber, String organisation, String sector,
		String position, LocalDate startedOn, LocalDate endedOn) {
}
