package org.tongxin.members.posts;

/**
 * A post as typed (form or API body), every field as text so that a bad value is answered as a
 * {@link org.tongxin.shared.domain.Rejection} naming its field rather than as an unreadable body.
 * On a change, an absent (null) field keeps its value and an empty one clears it.
 */
public record PostDraft(String kind, String level, String sessionNumber, String organisation, String sector,
		String position, String startedOn, String endedOn, Long version) {

	/** This draft with the absent fields taken from {@code base}. */
	PostDraft over(PostDraft base) {
		return new PostDraft(or(kind, base.kind), or(level, base.level), or(sessionNumber, base.sessionNumber),
				or(organisation, base.organisation), or(sector, base.sector), or(position, base.position),
				or(startedOn, base.startedOn), or(endedOn, base.endedOn), version);
	}

	private static String or(String value, String base) {
		return value != null ? value : base;
	}

}
