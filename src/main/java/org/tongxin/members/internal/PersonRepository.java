package org.tongxin.members.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdNumberHash(String idNumberHash);

	/** People with their categories in one query (a batch of an import compares every field). */
	@Query("select distinct p from Person p left join fetch p.categories where p.id in :ids")
	List<Person> findAllWithCategories(@Param("ids") Collection<Long> ids);

}
