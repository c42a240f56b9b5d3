package io.mercato.catalog.internal;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, UUID> {

	boolean existsBySlug(String slug);

	Page<Category> findAllByOrderByNameAscIdAsc(Pageable page);

}
