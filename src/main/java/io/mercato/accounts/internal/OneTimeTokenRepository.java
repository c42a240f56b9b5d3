package io.mercato.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, UUID> {

	/**
	 * Locks the token so that two concurrent uses cannot both succeed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from OneTimeToken t where t.tokenHash = :hash")
	Optional<OneTimeToken> lockByTokenHash(String hash);

}
