package org.tongxin.members.categories;

import java.util.List;

import org.tongxin.members.MemberCategory;

/**
 * A category as its administrators see it: with the synonyms an import reads, how many people have
 * it, and its version (optimistic locking).
 */
public record ManagedCategory(MemberCategory category, List<String> synonyms, long people, long version) {

	public String code() {
		return category.code();
	}

}
