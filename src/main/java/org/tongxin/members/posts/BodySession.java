package org.tongxin.members.posts;

import java.time.LocalDate;

/**
 * A session (届次) of a people's congress or political consultative conference at one level, with
 * its term and its total seats (the department's figure: the registry holds only the non-party
 * members).
 */
public record BodySession(long id, String kind, String level, int sessionNumber, LocalDate startedOn, LocalDate endedOn,
		int totalSeats, long version) {
}
