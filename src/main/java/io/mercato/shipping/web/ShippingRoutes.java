package io.mercato.shipping.web;

import io.mercato.shared.security.ApiAuthorizationRules;
import io.mercato.shared.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which shipping route. Anyone asks for a quote (a saved address needs its
 * owner's login, which the service checks); only admins see and keep the methods, whose
 * rules are the shop's pricing.
 */
@Configuration(proxyBeanMethods = false)
class ShippingRoutes {

	@Bean
	ApiAuthorizationRules shippingRules() {
		return (routes) -> routes.requestMatchers(HttpMethod.POST, "/api/v1/shipping/quote")
			.permitAll()
			.requestMatchers("/api/v1/shipping/methods", "/api/v1/shipping/methods/*")
			.hasRole(Role.ADMIN.name());
	}

}
