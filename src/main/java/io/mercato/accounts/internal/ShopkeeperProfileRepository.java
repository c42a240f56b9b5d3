package io.mercato.accounts.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShopkeeperProfileRepository extends JpaRepository<ShopkeeperProfile, UUID> {

	@Query("""
			select count(s) > 0 from ShopkeeperProfile s join User u on u.id = s.id
			where s.id = :userId and s.verified and u.active""")
	boolean isVerifiedAndActive(UUID userId);

	@Query("""
			select s.id from ShopkeeperProfile s join User u on u.id = s.id
			where s.id in :userIds and s.verified and u.active""")
	Set<UUID> findVerifiedAndActive(Collection<UUID> userIds);

}
