package io.mercato.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.mercato.shared.security.Role;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the JWT access tokens: subject = user id, {@code role}, {@code sid} = session
 * id.
 */
@Component
class AccessTokens {

	static final String ROLE_CLAIM = "role";

	static final String SESSION_CLAIM = "sid";

	private final JwtEncoder encoder;

	private final AccountsSettings settings;

	private final JwtSettings jwt;

	private final Clock clock;

	AccessTokens(JwtEncoder encoder, AccountsSettings settings, JwtSettings jwt, Clock clock) {
		this.encoder = encoder;
		this.settings = settings;
		this.jwt = jwt;
		this.clock = clock;
	}

	IssuedToken issue(UUID userId, Role role, UUID sessionId) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.settings.accessTokenTtl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.jwt.issuer())
			.subject(userId.toString())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim(ROLE_CLAIM, role.name())
			.claim(SESSION_CLAIM, sessionId.toString())
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new IssuedToken(token, expiresAt);
	}

	record IssuedToken(String value, Instant expiresAt) {

	}

}
