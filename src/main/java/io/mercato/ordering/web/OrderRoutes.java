package io.mercato.ordering.web;

import io.mercato.shared.security.ApiAuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which order route. Placing an order, reading one and cancelling it are
 * open to guests, who prove the order is theirs with its token ({@code X-Order-Token});
 * the service answers 404 for an order the caller may not see. The list and the
 * fulfilment steps need a login.
 */
@Configuration(proxyBeanMethods = false)
class OrderRoutes {

	@Bean
	ApiAuthorizationRules orderRules() {
		return (routes) -> routes.requestMatchers(HttpMethod.POST, "/api/v1/orders")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/orders")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/api/v1/orders/*", "/api/v1/orders/*/history")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/orders/*/cancel")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/orders/*/ship", "/api/v1/orders/*/deliver",
					"/api/v1/orders/*/complete")
			.authenticated();
	}

}
