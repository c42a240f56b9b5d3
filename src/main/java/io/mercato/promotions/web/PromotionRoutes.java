package io.mercato.promotions.web;

import io.mercato.shared.security.ApiAuthorizationRules;
import io.mercato.shared.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which promotion route: admins and shopkeepers; the service answers 404 for
 * another shopkeeper's promotion, as for an unknown one.
 */
@Configuration(proxyBeanMethods = false)
class PromotionRoutes {

	@Bean
	ApiAuthorizationRules promotionRules() {
		return (routes) -> routes.requestMatchers("/api/v1/promotions", "/api/v1/promotions/*")
			.hasAnyRole(Role.SHOPKEEPER.name(), Role.ADMIN.name());
	}

}
