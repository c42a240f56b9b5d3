package io.mercato.accounts.web;

import io.mercato.shared.security.ApiAuthorizationRules;
import io.mercato.shared.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which accounts route: the one place of the module's role checks. Whose
 * profile or session it is follows from the caller's token in the services.
 */
@Configuration(proxyBeanMethods = false)
class AccountsRoutes {

	@Bean
	ApiAuthorizationRules accountsRules() {
		return (routes) -> routes
			.requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/register/customer",
					"/api/v1/auth/register/shopkeeper", "/api/v1/auth/verify-email", "/api/v1/auth/verify-email/resend",
					"/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/password/reset",
					"/api/v1/auth/password/reset/confirm")
			.permitAll()
			.requestMatchers("/api/v1/auth/**", "/api/v1/profile")
			.authenticated()
			.requestMatchers("/api/v1/customers", "/api/v1/customers/**", "/api/v1/admin/**")
			.hasRole(Role.ADMIN.name());
	}

}
