package org.tongxin.members.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonChangeRepository extends JpaRepository<PersonChange, Long> {

	/** A person's history, newest first (ties by insertion order); a slice, so no count query. */
	Slice<PersonChange> findByPersonIdOrderByChangedAtDescIdDesc(long personId, Pageable page);

}
