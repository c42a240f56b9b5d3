package io.mercato.accounts.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpentRefreshTokenRepository extends JpaRepository<SpentRefreshToken, String> {

}
