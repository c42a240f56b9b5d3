package io.mercato.inventory.web;

import io.mercato.shared.security.ApiAuthorizationRules;
import io.mercato.shared.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Who may call which inventory route. A product's stock is open to every logged-in user
 * here because the service answers 404 to anyone but its shopkeeper and admins, as for an
 * unknown product; the low-stock list is for shopkeepers and admins.
 */
@Configuration(proxyBeanMethods = false)
class InventoryRoutes {

	// ahead of the catalog's rules, so that a broader product pattern there can never
	// open the stock routes to anonymous callers
	@Bean
	@Order(0)
	ApiAuthorizationRules inventoryRules() {
		return (routes) -> routes.requestMatchers("/api/v1/products/*/inventory", "/api/v1/products/*/inventory/**")
			.authenticated()
			.requestMatchers("/api/v1/inventory/low-stock")
			.hasAnyRole(Role.SHOPKEEPER.name(), Role.ADMIN.name());
	}

}
