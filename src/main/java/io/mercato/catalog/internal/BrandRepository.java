package io.mercato.catalog.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BrandRepository extends JpaRepository<Brand, UUID> {

	boolean existsBySlug(String slug);

	Page<Brand> findAllByOrderByNameAscIdAsc(Pageable page);

}
