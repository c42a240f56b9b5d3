package io.mercato.shared.logging;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code LOG_FORMAT=json} switches the console to Spring Boot's structured logging
 * (Elastic Common Schema JSON, one object a line, with the request id from the MDC);
 * {@code LOG_FORMAT=text} or nothing keeps plain text.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String LOG_FORMAT = "LOG_FORMAT";

	static final String STRUCTURED_CONSOLE_FORMAT = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty(LOG_FORMAT);
		if (!StringUtils.hasText(format)) {
			return;
		}
		switch (format.trim().toLowerCase(Locale.ROOT)) {
			case "json" -> environment.getPropertySources()
				.addFirst(new MapPropertySource("logFormat", Map.of(STRUCTURED_CONSOLE_FORMAT, "ecs")));
			case "text" -> {
			}
			default ->
				throw new IllegalArgumentException(LOG_FORMAT + " must be 'text' or 'json', not '" + format + "'");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
