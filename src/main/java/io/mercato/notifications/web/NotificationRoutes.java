package io.mercato.notifications.web;

import io.mercato.shared.security.ApiAuthorizationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which notification route: every logged-in user, for their own
 * notifications only (the service binds every statement to the caller).
 */
@Configuration(proxyBeanMethods = false)
class NotificationRoutes {

	@Bean
	ApiAuthorizationRules notificationRules() {
		return (routes) -> routes.requestMatchers("/api/v1/notifications", "/api/v1/notifications/**").authenticated();
	}

}
