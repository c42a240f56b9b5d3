package io.mercato.testing;

import java.util.List;

import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.web.context.WebApplicationContext;

/**
 * Gives every Spring test context the shared embedded PostgreSQL, the query counter, the
 * test fixtures' migrations and the OpenAPI contract check on MockMvc. Registered in
 * {@code META-INF/spring.factories}, so tests need no annotation for it.
 */
class MercatoTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new MercatoTestContextCustomizer();
	}

	private static final class MercatoTestContextCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestPropertyValues
				.of("spring.datasource.url=" + SharedEmbeddedPostgres.jdbcUrl(), "spring.datasource.username=postgres",
						"spring.flyway.locations=classpath:db/migration,classpath:db/test-migration",
						"mercato.jwt.secret=test-signing-key-of-at-least-thirty-two-bytes")
				.applyTo(context);
			if (context instanceof GenericApplicationContext registry) {
				registry.registerBeanDefinition("queryCountingDataSourcePostProcessor",
						new RootBeanDefinition(QueryCountingDataSourcePostProcessor.class));
				if (context instanceof WebApplicationContext web) {
					registry.registerBean("openApiContractCustomizer", MockMvcBuilderCustomizer.class,
							() -> (builder) -> builder.alwaysExpect(new OpenApiContract(web)));
				}
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MercatoTestContextCustomizer;
		}

		@Override
		public int hashCode() {
			return MercatoTestContextCustomizer.class.hashCode();
		}

	}

}
