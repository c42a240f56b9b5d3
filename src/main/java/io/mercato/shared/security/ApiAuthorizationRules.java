package io.mercato.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * How a module opens its own routes. Every route under {@code /api/v1} is denied unless a
 * module's bean of this type grants it; rules are applied in {@code @Order} of the beans,
 * before the final deny. <pre>
 * &#64;Bean
 * ApiAuthorizationRules catalogRules() {
 *     return (routes) -&gt; routes
 *         .requestMatchers(HttpMethod.GET, "/api/v1/products/**").permitAll()
 *         .requestMatchers("/api/v1/products/**").hasRole("SHOPKEEPER");
 * }
 * </pre> Per-object checks (is this the caller's order?) belong in the module's service
 * or policy bean, not here.
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

	/**
	 * Adds this module's request rules.
	 * @param routes the registry to add rules to
	 */
	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

}
