package io.mercato.shared.security;

import io.github.bucket4j.TimeMeter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link RateLimiter}, outside the web configuration because modules' controllers
 * depend on it wherever they are created.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimiter rateLimiter(RateLimitProperties properties) {
		// a monotonic clock: a wall-clock step must not refill or drain the buckets
		return new RateLimiter(properties, TimeMeter.SYSTEM_NANOTIME);
	}

}
