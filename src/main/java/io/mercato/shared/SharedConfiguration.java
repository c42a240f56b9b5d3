package io.mercato.shared;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module relies on.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class SharedConfiguration {

	/**
	 * The one source of "now" for domain code, so that tests can pin time. It ticks in
	 * microseconds, PostgreSQL's precision, so a timestamp reads back as it was written.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
