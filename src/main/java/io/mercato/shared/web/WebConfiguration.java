package io.mercato.shared.web;

import java.time.Instant;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP conventions outside the controllers: API paths answer with and without a trailing
 * slash, JSON strings with control characters and timestamps out of range are refused,
 * and the documentation lives at short, stable paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration implements WebMvcConfigurer {

	/** Where springdoc serves the OpenAPI document. */
	static final String OPENAPI_PATH = "/v3/api-docs";

	/**
	 * Lets {@code /api/v1/orders/} reach the handler of {@code /api/v1/orders}. It runs
	 * before Spring Security so that authorization rules see the same path as the
	 * controllers.
	 */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		var filter = UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build();
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(-1000);
		return registration;
	}

	/**
	 * Holds every JSON string the application reads, as text, an enum or an amount, to
	 * the rule of {@link ControlCharacters}, and every timestamp to ISO-8601 strings of
	 * the years 0001 to 9999.
	 */
	@Bean
	JacksonModule controlCharacterRefusingModule() {
		return new SimpleModule("mercato-text").addDeserializer(String.class, new TextRefusingStringDeserializer())
			.addDeserializer(Instant.class, new TimestampDeserializer())
			.setDeserializerModifier(new TextRefusingScalarDeserializers());
	}

	/**
	 * Reads decimals (tax rates, percentages) from strings such as {@code "8.875"}, the
	 * API's form for exact numbers, while every other coercion of a scalar stays refused.
	 */
	@Bean
	JsonMapperBuilderCustomizer decimalStringsCustomizer() {
		return (builder) -> builder.withCoercionConfig(LogicalType.Float,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert));
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/schema").setViewName("forward:" + OPENAPI_PATH);
		registry.addViewController("/schema/").setViewName("forward:" + OPENAPI_PATH);
		registry.addViewController("/docs").setViewName("forward:/docs/index.html");
		registry.addViewController("/docs/").setViewName("forward:/docs/index.html");
		registry.addViewController("/docs/swagger/").setViewName("forward:/docs/swagger/index.html");
	}

}
