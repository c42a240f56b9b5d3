package io.mercato.shared.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.mercato.shared.web.ApiPaths;
import io.mercato.shared.web.RequestIds;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security baseline: stateless, no sessions or cookies, every API route denied unless
 * a module opens it through {@link ApiAuthorizationRules}, only the health endpoint and
 * the documentation public, the general API rate limit, and 401/403/429 answered as
 * problems by the same advice as every other error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<ApiAuthorizationRules> moduleRules,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlerMapping,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver, CorsProperties cors,
			ObjectProvider<JwtDecoder> jwtDecoder, ObjectProvider<AccessTokenAuthenticator> accessTokenAuthenticator,
			RateLimiter rateLimiter, CurrentUserAccessor currentUser) {
		AuthenticationEntryPoint problemEntryPoint = (request, response, ex) -> answer(exceptionResolver, request,
				response, ex);
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		AccessTokenAuthenticator authenticator = accessTokenAuthenticator.getIfAvailable();
		if (decoder != null && authenticator != null) {
			http.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticator))
				.authenticationEntryPoint(problemEntryPoint)
				.accessDeniedHandler((request, response, ex) -> answer(exceptionResolver, request, response, ex)));
		}
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors((configurer) -> configurer.configurationSource(corsConfigurationSource(cors)))
			.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// JSON needs no scripts, styles or frames; the documentation pages do, so
				// they are left out
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
						new StaticHeadersWriter("Content-Security-Policy",
								"default-src 'none'; frame-ancestors 'none'"))))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problemEntryPoint)
				.accessDeniedHandler((request, response, ex) -> answer(exceptionResolver, request, response, ex)))
			.authorizeHttpRequests((routes) -> {
				routes.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
				// everyone may ask whether the application is up and ready; a single
				// component's health is a detail for admins
				routes.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
					.permitAll();
				routes.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
				routes
					.requestMatchers("/schema", "/schema/", "/v3/api-docs", "/v3/api-docs/**", "/docs", "/docs/**",
							"/webjars/**")
					.permitAll();
				routes.requestMatchers(HttpMethod.GET, ApiPaths.V1).permitAll();
				moduleRules.orderedStream().forEach((rules) -> rules.configure(routes));
				routes.anyRequest().access(new MappedRoutesDenied(handlerMapping));
			})
			// not a bean: as one, Spring Boot would also run it outside the chain, before
			// authentication
			.addFilterBefore(new ApiRateLimitFilter(rateLimiter, currentUser, exceptionResolver),
					AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Answers requests the firewall refuses (encoded slashes, path traversal) with 400
	 * through the error page, which renders a problem.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

	private static void answer(HandlerExceptionResolver resolver, HttpServletRequest request,
			HttpServletResponse response, Exception ex) throws IOException, ServletException {
		if (resolver.resolveException(request, response, null, ex) == null) {
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
	}

	static CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (cors.allowedOrigins().isEmpty()) {
			return source;
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(cors.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		// a guest's cart and order are opened by their tokens, sent as headers
		configuration
			.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
					HttpHeaders.IF_NONE_MATCH, "Idempotency-Key", "X-Cart-Token", "X-Order-Token", RequestIds.HEADER));
		configuration.setExposedHeaders(List.of(RequestIds.HEADER, HttpHeaders.ETAG, HttpHeaders.LOCATION,
				HttpHeaders.RETRY_AFTER, "Idempotent-Replayed"));
		configuration.setMaxAge(3600L);
		source.registerCorsConfiguration(ApiPaths.V1 + "/**", configuration);
		return source;
	}

}
