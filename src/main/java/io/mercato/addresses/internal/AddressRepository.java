package io.mercato.addresses.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.mercato.addresses.AddressType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Addresses; Hibernate leaves deleted ones out of every query below.
 */
interface AddressRepository extends JpaRepository<Address, UUID> {

	/** One live address of the owner: the primary key, then the owner compared. */
	Optional<Address> findByIdAndOwnerId(UUID id, UUID ownerId);

	/** The owner's live addresses in list order, through {@code address_owner_idx}. */
	@Query("select a from Address a where a.ownerId = :ownerId order by a.isDefault desc, a.createdAt desc, a.id desc")
	List<Address> list(@Param("ownerId") UUID ownerId);

	/** The owner's live addresses of a type in list order, as {@link #list(UUID)}. */
	@Query("""
			select a from Address a where a.ownerId = :ownerId and a.type = :type
			order by a.isDefault desc, a.createdAt desc, a.id desc""")
	List<Address> list(@Param("ownerId") UUID ownerId, @Param("type") AddressType type);

}
