package io.mercato.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * How long idempotency keys are kept. See the README for the environment variables.
 *
 * @param ttl how long after a request's first success its key replays the answer; a later
 * request with the key runs as a new one
 * @param cleanupInterval how often the job that deletes expired keys runs, on one
 * instance of the cluster at a time
 */
@ConfigurationProperties("mercato.idempotency")
record IdempotencyProperties(Duration ttl, Duration cleanupInterval) {

	IdempotencyProperties {
		Assert.isTrue(ttl != null && !ttl.isNegative() && !ttl.isZero(), "mercato.idempotency.ttl must be positive");
		Assert.isTrue(cleanupInterval != null && !cleanupInterval.isNegative() && !cleanupInterval.isZero(),
				"mercato.idempotency.cleanup-interval must be positive");
	}

}
