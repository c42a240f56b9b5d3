package io.mercato.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How accounts behave; see the README for the environment variables.
 *
 * @param maxSessions active sessions a user may have; a further login revokes the oldest
 * @param accessTokenTtl lifetime of a JWT access token
 * @param refreshTokenTtl how long a session lives without being refreshed
 * @param emailVerificationTtl lifetime of an email-verification link
 * @param passwordResetTtl lifetime of a password-reset link
 * @param requireVerifiedEmail whether login is refused until the email address is
 * verified
 * @param defaultPhoneRegion ISO country whose numbers may be given without {@code +} and
 * country code, or empty to require international format
 * @param frontendUrl where the links in mails point (the shop's web front end)
 */
@ConfigurationProperties("mercato.accounts")
record AccountsSettings(int maxSessions, Duration accessTokenTtl, Duration refreshTokenTtl,
		Duration emailVerificationTtl, Duration passwordResetTtl, boolean requireVerifiedEmail,
		String defaultPhoneRegion, String frontendUrl) {

}
