package io.mercato.cart.web;

import io.mercato.shared.security.ApiAuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which cart route: anyone, since a guest's cart token is its key; the
 * service finds the caller's own cart, so nobody reaches another's.
 */
@Configuration(proxyBeanMethods = false)
class CartRoutes {

	@Bean
	ApiAuthorizationRules cartRules() {
		return (routes) -> routes
			.requestMatchers("/api/v1/carts", "/api/v1/cart", "/api/v1/cart/**", "/api/v1/checkout")
			.permitAll();
	}

}
