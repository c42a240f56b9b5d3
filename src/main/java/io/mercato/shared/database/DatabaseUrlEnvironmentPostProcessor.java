package io.mercato.shared.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the {@code DATABASE_URL} convention of hosting platforms
 * ({@code postgres://user:pass@host:port/db}) into Spring's datasource properties.
 * Explicit {@code spring.datasource.url} settings win over it.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String DATABASE_URL = "DATABASE_URL";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty(DATABASE_URL);
		if (!StringUtils.hasText(databaseUrl) || environment.containsProperty("spring.datasource.url")) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("databaseUrl", toDatasourceProperties(databaseUrl)));
	}

	/**
	 * Returns {@code spring.datasource.url}, {@code username} and {@code password} for a
	 * {@code postgres://}, {@code postgresql://} or {@code jdbc:postgresql:} URL.
	 * @param databaseUrl the URL as configured
	 * @return the datasource properties it stands for
	 * @throws IllegalArgumentException when the URL is of another kind or malformed,
	 * naming {@code DATABASE_URL} so that the start-up failure says what to fix
	 */
	static Map<String, Object> toDatasourceProperties(String databaseUrl) {
		Map<String, Object> properties = new LinkedHashMap<>();
		String url = databaseUrl.trim();
		if (url.startsWith("jdbc:postgresql:")) {
			properties.put("spring.datasource.url", url);
			return properties;
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw invalid("is not a valid URL");
		}
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw invalid("must start with postgres://, postgresql:// or jdbc:postgresql:");
		}
		if (uri.getHost() == null) {
			throw invalid("has no host");
		}
		StringBuilder jdbcUrl = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
		if (uri.getPort() != -1) {
			jdbcUrl.append(':').append(uri.getPort());
		}
		jdbcUrl.append(StringUtils.hasText(uri.getRawPath()) ? uri.getRawPath() : "/");
		if (uri.getRawQuery() != null) {
			jdbcUrl.append('?').append(uri.getRawQuery());
		}
		properties.put("spring.datasource.url", jdbcUrl.toString());
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			String user = (colon >= 0) ? userInfo.substring(0, colon) : userInfo;
			properties.put("spring.datasource.username", decode(user));
			if (colon >= 0) {
				properties.put("spring.datasource.password", decode(userInfo.substring(colon + 1)));
			}
		}
		return properties;
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static IllegalArgumentException invalid(String reason) {
		// the URL itself is left out of the message: it may carry a password
		return new IllegalArgumentException(DATABASE_URL + " " + reason);
	}

}
