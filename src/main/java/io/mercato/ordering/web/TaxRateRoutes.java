package io.mercato.ordering.web;

import io.mercato.shared.security.ApiAuthorizationRules;
import io.mercato.shared.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which ordering route. Only admins see and keep the tax rates; orders apply
 * them without anyone reading them over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class TaxRateRoutes {

	@Bean
	ApiAuthorizationRules taxRateRules() {
		return (routes) -> routes.requestMatchers("/api/v1/tax-rates", "/api/v1/tax-rates/*")
			.hasRole(Role.ADMIN.name());
	}

}
