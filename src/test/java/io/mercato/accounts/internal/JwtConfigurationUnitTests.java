package io.mercato.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JwtConfigurationUnitTests {

	private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");

	private final JwtConfiguration configuration = new JwtConfiguration();

	private final SecretKey key = new SecretKeySpec(
			"a key of at least thirty-two bytes, for tests".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

	private final JwtEncoder encoder = this.configuration.jwtEncoder(this.key);

	private final JwtDecoder decoder = this.configuration.jwtDecoder(this.key,
			new JwtSettings(null, Path.of("unused"), "mercato"), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsASignedTokenThatHasNotExpired() {
		String token = sign(claims().expiresAt(NOW.plusSeconds(60)).build());

		assertThat(this.decoder.decode(token).getExpiresAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void refusesACorrectlySignedTokenWithoutExpiry() {
		String token = sign(claims().build());

		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> this.decoder.decode(token))
			.withMessageContaining("exp");
	}

	private JwtClaimsSet.Builder claims() {
		return JwtClaimsSet.builder()
			.issuer("mercato")
			.subject(UUID.randomUUID().toString())
			.issuedAt(NOW.minusSeconds(10))
			.claim("role", "CUSTOMER")
			.claim("sid", UUID.randomUUID().toString());
	}

	private String sign(JwtClaimsSet claims) {
		return this.encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

}
