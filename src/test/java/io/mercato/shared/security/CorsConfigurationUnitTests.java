package io.mercato.shared.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser on an allowed origin may send: everything the API reads from a header, a
 * guest's cart and order tokens included.
 */
class CorsConfigurationUnitTests {

	@Test
	void aBrowserMaySendEveryHeaderTheApiReads() {
		CorsConfiguration configuration = SecurityConfiguration
			.corsConfigurationSource(new CorsProperties(List.of("https://shop.example")))
			.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/v1/orders"));

		assertThat(configuration).isNotNull();
		assertThat(configuration.checkHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match",
				"Idempotency-Key", "X-Cart-Token", "X-Order-Token", "X-Request-Id")))
			.hasSize(8);
		assertThat(configuration.checkOrigin("https://shop.example")).isEqualTo("https://shop.example");
	}

	@Test
	void withoutAllowedOriginsNoBrowserOriginIsAllowed() {
		assertThat(SecurityConfiguration.corsConfigurationSource(new CorsProperties(List.of()))
			.getCorsConfiguration(new MockHttpServletRequest("GET", "/api/v1/orders"))).isNull();
	}

}
