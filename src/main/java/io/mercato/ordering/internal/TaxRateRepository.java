package io.mercato.ordering.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaxRateRepository extends JpaRepository<TaxRate, UUID> {

	// ordered as the unique index is, so each country's country-wide rate ('') comes
	// first
	@Query(value = "select t from TaxRate t order by t.country, coalesce(lower(t.region), '')",
			countQuery = "select count(t) from TaxRate t")
	Page<TaxRate> findAllInOrder(Pageable page);

	@Query(value = "select t from TaxRate t where t.country = :country order by coalesce(lower(t.region), '')",
			countQuery = "select count(t) from TaxRate t where t.country = :country")
	Page<TaxRate> findAllInOrderByCountry(@Param("country") String country, Pageable page);

	/**
	 * Whether another rate has the country and region; {@code regionKey} is {@code ""}
	 * for the country-wide rate.
	 */
	@Query("""
			select count(t) > 0 from TaxRate t
			where t.country = :country and coalesce(lower(t.region), '') = lower(:regionKey) and t.id <> :id""")
	boolean existsOther(@Param("country") String country, @Param("regionKey") String regionKey, @Param("id") UUID id);

	/**
	 * The rate an order in the country and region pays: the region's where it has one,
	 * else the country-wide one. {@code regionKey} is {@code ""} when the order names no
	 * region. One indexed statement.
	 */
	@Query("""
			select t from TaxRate t
			where t.country = :country and coalesce(lower(t.region), '') in ('', lower(:regionKey))
			order by coalesce(lower(t.region), '') desc
			limit 1""")
	Optional<TaxRate> findApplicable(@Param("country") String country, @Param("regionKey") String regionKey);

}
