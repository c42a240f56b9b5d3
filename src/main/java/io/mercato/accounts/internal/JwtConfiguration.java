package io.mercato.accounts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.StringUtils;

/**
 * Signing and checking access tokens (HMAC-SHA256 through Nimbus), and password hashing.
 * <p>
 * The key comes from {@code MERCATO_JWT_SECRET}. Only in the embedded development mode
 * (no datasource configured) may it be absent: a key is then generated once and kept
 * under {@code ./var}, so tokens survive restarts of a development machine.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

	private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

	private static final int MIN_KEY_BYTES = 32;

	@Bean
	SecretKey accessTokenKey(JwtSettings settings, Environment environment) throws IOException {
		byte[] key;
		if (StringUtils.hasText(settings.secret())) {
			key = decode(settings.secret());
		}
		else if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			key = developmentKey(settings.developmentSecretFile());
		}
		else {
			throw new IllegalStateException(
					"MERCATO_JWT_SECRET must be set (at least 32 bytes) when an external database is configured");
		}
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalStateException("MERCATO_JWT_SECRET must be at least " + MIN_KEY_BYTES + " bytes long");
		}
		return new SecretKeySpec(key, "HmacSHA256");
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey accessTokenKey) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(accessTokenKey));
	}

	@Bean
	JwtDecoder jwtDecoder(SecretKey accessTokenKey, JwtSettings settings, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(accessTokenKey)
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		// expiry is enforced to the second: the access token is short-lived by design; a
		// token without exp would never expire, so it is refused even when correctly
		// signed
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
		timestamps.setAllowEmptyExpiryClaim(false);
		timestamps.setClock(clock);
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(settings.issuer())));
		return decoder;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static byte[] decode(String secret) {
		try {
			byte[] decoded = Base64.getDecoder().decode(secret);
			if (decoded.length >= MIN_KEY_BYTES) {
				return decoded;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: the text itself is the key
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] developmentKey(Path file) throws IOException {
		if (Files.exists(file)) {
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		byte[] key = new byte[MIN_KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(key));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// a file system without POSIX permissions keeps its defaults
		}
		log.info("Generated a development JWT key in {}; set MERCATO_JWT_SECRET outside development", file);
		return key;
	}

}
