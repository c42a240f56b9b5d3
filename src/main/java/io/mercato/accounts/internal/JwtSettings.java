package io.mercato.accounts.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs access tokens.
 *
 * @param secret the HMAC-SHA256 key, at least 32 bytes (base64 or plain text); required
 * unless the embedded development database is in use
 * @param developmentSecretFile where the embedded development mode keeps the key it
 * generates
 * @param issuer the {@code iss} claim of issued and accepted tokens
 */
@ConfigurationProperties("mercato.jwt")
record JwtSettings(String secret, Path developmentSecretFile, String issuer) {

}
