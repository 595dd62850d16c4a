package org.tongxin.org.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

	boolean existsByCode(String code);

	long countByParentIdAndActiveTrue(Long parentId);

}
