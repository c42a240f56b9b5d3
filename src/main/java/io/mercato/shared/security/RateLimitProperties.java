package io.mercato.shared.security;

import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits, each a number of requests per minute; {@code 0} switches a limit
 * off. See the README for the environment variables.
 *
 * @param authPerIp login or registration attempts from one client address
 * @param authPerAccount login or registration attempts naming one email address, from any
 * client address
 * @param apiPerUser API requests of one logged-in user
 * @param apiPerIp API requests without an access token from one client address
 */
@Validated
@ConfigurationProperties("mercato.rate-limit")
record RateLimitProperties(@PositiveOrZero int authPerIp, @PositiveOrZero int authPerAccount,
		@PositiveOrZero int apiPerUser, @PositiveOrZero int apiPerIp) {

}
