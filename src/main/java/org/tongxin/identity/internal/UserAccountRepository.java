package org.tongxin.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	/** Which of the (lower-case) names are in use, in one statement. */
	@Query("select lower(u.username) from UserAccount u where lower(u.username) in :names")
	List<String> takenAmong(@Param("names") Collection<String> names);

	/** A page of users with their roles and the roles' privileges, in one statement. */
	@Query("select distinct u from UserAccount u left join fetch u.roles r left join fetch r.privileges where u.id in :ids")
	List<UserAccount> findWithRoles(@Param("ids") Collection<Long> ids);

	List<UserAccount> findByHomeUnitPathIsNull();

	/** Role id and number of holders, for every role that has any. */
	@Query("select r.id, count(u) from UserAccount u join u.roles r group by r.id")
	List<Object[]> countHoldersByRole();

	@Query("select u.username from UserAccount u join u.roles r where r.id = :roleId")
	List<String> usernamesHolding(@Param("roleId") long roleId);

}
