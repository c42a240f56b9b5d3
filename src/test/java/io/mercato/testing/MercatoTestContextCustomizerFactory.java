package io.mercato.testing;

import java.util.Arrays;
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
 * Gives every Spring test context the shared embedded PostgreSQL (a database of its own
 * when the test class sets {@code mercato.test.database}), the query counter, the test
 * fixtures' migrations, the OpenAPI contract check on MockMvc, rate limits no test
 * reaches (unless the test class sets {@code mercato.rate-limit.*} itself) and periodic
 * jobs that run only when a test calls them. Registered in
 * {@code META-INF/spring.factories}, so tests need no annotation for it.
 */
class MercatoTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new MercatoTestContextCustomizer();
	}

	private static final class MercatoTestContextCustomizer implements ContextCustomizer {

		private static final String RATE_LIMITS = "mercato.rate-limit.";

		/** The simulated gateway's webhook secret in tests. */
		static final String WEBHOOK_SECRET = "whsec_test_simulated_gateway";

		/**
		 * Set by a test class (say with {@code @TestPropertySource}) that needs a
		 * database of its own on the shared server.
		 */
		private static final String DATABASE = "mercato.test.database";

		private static final int GENEROUS_LIMIT = 1_000_000;

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String database = Arrays.stream(config.getPropertySourceProperties())
				.filter((property) -> property.startsWith(DATABASE + "="))
				.map((property) -> property.substring(DATABASE.length() + 1))
				.findFirst()
				.orElse(null);
			String url = (database != null) ? SharedEmbeddedPostgres.jdbcUrl(database)
					: SharedEmbeddedPostgres.jdbcUrl();
			TestPropertyValues
				.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
						"spring.flyway.locations=classpath:db/migration,classpath:db/test-migration",
						"mercato.jwt.secret=test-signing-key-of-at-least-thirty-two-bytes",
						"mercato.payments.webhook-secrets.simulated=" + WEBHOOK_SECRET,
						"mercato.payments.simulated.enabled=true")
				.applyTo(context);
			// periodic jobs run only when a test calls them, never in the middle of
			// another test; the resubmission job then takes every incomplete publication,
			// however young
			TestPropertyValues.of("mercato.scheduling.enabled=false", "mercato.events.resubmit-after=0s")
				.applyTo(context);
			if (Arrays.stream(config.getPropertySourceProperties())
				.noneMatch((property) -> property.startsWith(RATE_LIMITS))) {
				// the tests log in far more often than a client may, all from one address
				TestPropertyValues.of(RATE_LIMITS + "auth-per-ip=" + GENEROUS_LIMIT,
						RATE_LIMITS + "auth-per-account=" + GENEROUS_LIMIT,
						RATE_LIMITS + "api-per-user=" + GENEROUS_LIMIT, RATE_LIMITS + "api-per-ip=" + GENEROUS_LIMIT)
					.applyTo(context);
			}
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
