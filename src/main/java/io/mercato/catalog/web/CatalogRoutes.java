package io.mercato.catalog.web;

import io.mercato.shared.security.ApiAuthorizationRules;
import io.mercato.shared.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which catalog route. Anyone reads; admins keep categories and brands;
 * shopkeepers list products. Whose product it is, the service checks.
 */
@Configuration(proxyBeanMethods = false)
class CatalogRoutes {

	@Bean
	ApiAuthorizationRules catalogRules() {
		return (routes) -> routes
			.requestMatchers(HttpMethod.GET, "/api/v1/categories", "/api/v1/categories/*", "/api/v1/brands",
					"/api/v1/brands/*", "/api/v1/products", "/api/v1/products/*")
			.permitAll()
			.requestMatchers("/api/v1/categories", "/api/v1/categories/*", "/api/v1/brands", "/api/v1/brands/*")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/api/v1/products")
			.hasRole(Role.SHOPKEEPER.name())
			.requestMatchers("/api/v1/products/*")
			.hasAnyRole(Role.SHOPKEEPER.name(), Role.ADMIN.name());
	}

}
