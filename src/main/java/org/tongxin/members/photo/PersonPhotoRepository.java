package org.tongxin.members.photo;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonPhotoRepository extends JpaRepository<PersonPhoto, Long> {
}
