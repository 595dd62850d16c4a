package org.tongxin.members.selfservice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CorrectionRepository extends JpaRepository<Correction, Long> {

	/** Corrections with their fields in one statement. */
	@Query("select distinct c from Correction c left join fetch c.fields where c.id in :ids")
	List<Correction> findWithFields(@Param("ids") Collection<Long> ids);

	@Query("select c from Correction c left join fetch c.fields where c.id = :id")
	Optional<Correction> findOneWithFields(@Param("id") long id);

	/** A person's corrections, newest first, with their fields. */
	@Query("select distinct c from Correction c left join fetch c.fields where c.personId = :personId order by c.requestedAt desc")
	List<Correction> findByPerson(@Param("personId") long personId);

	boolean existsByPersonIdAndStatus(long personId, CorrectionStatus status);

}
