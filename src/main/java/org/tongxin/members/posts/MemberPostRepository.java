package org.tongxin.members.posts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberPostRepository extends JpaRepository<MemberPost, Long> {

	/** A person's posts in one statement; current before ended is decided by {@link PersonPosts}. */
	List<MemberPost> findByPersonIdOrderByStartedOnDescIdDesc(long personId);

}
