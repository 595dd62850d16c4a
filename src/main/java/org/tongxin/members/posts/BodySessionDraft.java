package org.tongxin.members.posts;

/** A session as typed in the form or the API body: every value as text, checked by {@link BodySessionRules}. */
public record BodySessionDraft(String kind, String level, String sessionNumber, String startedOn, String endedOn,
		String totalSeats, Long version) {
}
