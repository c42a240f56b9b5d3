package io.mercato.addresses.web;

import io.mercato.shared.security.ApiAuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the address routes: every logged-in user, whatever the role, since each
 * keeps their own addresses; the service answers 404 for anyone else's.
 */
@Configuration(proxyBeanMethods = false)
class AddressRoutes {

	@Bean
	ApiAuthorizationRules addressRoutesRules() {
		return (routes) -> routes.requestMatchers("/api/v1/addresses", "/api/v1/addresses/**").authenticated();
	}

}
