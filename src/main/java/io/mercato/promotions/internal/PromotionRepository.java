package io.mercato.promotions.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * The promotions as their managers change them; deleted ones are never found.
 */
interface PromotionRepository extends JpaRepository<Promotion, UUID>, JpaSpecificationExecutor<Promotion> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, UUID id);

}
