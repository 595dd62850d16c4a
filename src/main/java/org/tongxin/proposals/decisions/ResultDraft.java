package org.tongxin.proposals.decisions;

/**
 * An implementation result as typed: the owner unit by its code (the unit picker fills it), the
 * dates as ISO text (both may be empty).
 */
public record ResultDraft(String title, String description, String ownerUnitCode, String ownerName, String startsOn,
		String dueOn) {
}
