package org.tongxin.members.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdNumberHash(String idNumberHash);

}
