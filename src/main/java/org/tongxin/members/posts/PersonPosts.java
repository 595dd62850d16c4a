package org.tongxin.members.posts;

import java.util.List;

/** A person's posts for the detail page: current ones first, then ended ones, each newest first. */
public record PersonPosts(long personId, String personName, List<PostLine> current, List<PostLine> ended) {

	static PersonPosts of(long personId, String personName, List<PostLine> newestFirst) {
		return new PersonPosts(personId, personName, newestFirst.stream().filter(PostLine::current).toList(),
				newestFirst.stream().filter(p -> !p.current()).toList());
	}

	/** Current then ended, as the API lists them. */
	public List<PostLine> all() {
		return java.util.stream.Stream.concat(current.stream(), ended.stream()).toList();
	}

}
