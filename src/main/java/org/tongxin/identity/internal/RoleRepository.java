package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RoleRepository extends JpaRepository<Role, Long> {

	Optional<Role> findByCode(String code);

	boolean existsByCode(String code);

	/** Every role with its privileges, in one statement. */
	@Query("select distinct r from Role r left join fetch r.privileges order by r.code")
	List<Role> findAllWithPrivileges();

	@Query("select distinct r from Role r left join fetch r.privileges where r.code in :codes")
	List<Role> findByCodes(@Param("codes") Collection<String> codes);

}
