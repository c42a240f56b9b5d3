package io.mercato.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginSessionRepository extends JpaRepository<LoginSession, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from LoginSession s where s.refreshTokenHash = :hash")
	Optional<LoginSession> lockByRefreshTokenHash(String hash);

	List<LoginSession> findByUserIdAndRevokedAtIsNullOrderByCreatedAtAsc(UUID userId);

}
