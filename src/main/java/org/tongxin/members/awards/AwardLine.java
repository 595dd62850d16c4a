package org.tongxin.members.awards;

/** One award (荣誉) of a person as lists and the API show it. */
public record AwardLine(long id, long personId, String title, String level, int year, String conferredBy) {
}
