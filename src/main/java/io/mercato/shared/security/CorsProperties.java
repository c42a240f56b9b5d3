package io.mercato.shared.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser origins allowed to call the API from another site; none by default.
 *
 * @param allowedOrigins origins such as {@code https://shop.example.com}
 */
@ConfigurationProperties("mercato.cors")
record CorsProperties(List<String> allowedOrigins) {

	CorsProperties {
		allowedOrigins = (allowedOrigins != null)
				? allowedOrigins.stream().filter((origin) -> !origin.isBlank()).toList() : List.of();
	}

}
