package io.mercato.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module relies on.
 */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/**
	 * The one source of "now" for domain code, so that tests can pin time.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
