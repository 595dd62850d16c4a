package org.tongxin.members.selfservice;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

	Optional<AccountLink> findByUserId(long userId);

	boolean existsByUserId(long userId);

}
