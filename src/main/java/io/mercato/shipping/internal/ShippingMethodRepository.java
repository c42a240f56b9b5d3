package io.mercato.shipping.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShippingMethodRepository extends JpaRepository<ShippingMethod, UUID> {

	Page<ShippingMethod> findAllByOrderByCodeAscIdAsc(Pageable page);

}
