package io.mercato.shared.database;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatabaseUrlEnvironmentPostProcessorUnitTests {

	@Test
	void turnsPostgresUrlIntoDatasourceProperties() {
		Map<String, Object> properties = DatabaseUrlEnvironmentPostProcessor
			.toDatasourceProperties("postgres://shop:s3cret@db.internal:5433/mercato");

		assertThat(properties).containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:5433/mercato")
			.containsEntry("spring.datasource.username", "shop")
			.containsEntry("spring.datasource.password", "s3cret");
	}

	@Test
	void acceptsPostgresqlSchemeAndKeepsQueryParameters() {
		Map<String, Object> properties = DatabaseUrlEnvironmentPostProcessor
			.toDatasourceProperties("postgresql://shop@db/mercato?sslmode=require");

		assertThat(properties).containsEntry("spring.datasource.url", "jdbc:postgresql://db/mercato?sslmode=require")
			.containsEntry("spring.datasource.username", "shop")
			.doesNotContainKey("spring.datasource.password");
	}

	@Test
	void decodesPercentEncodedCredentials() {
		Map<String, Object> properties = DatabaseUrlEnvironmentPostProcessor
			.toDatasourceProperties("postgres://shop%40eu:p%3Ass+w%2Fd@db:5432/mercato");

		assertThat(properties).containsEntry("spring.datasource.username", "shop@eu")
			.containsEntry("spring.datasource.password", "p:ss+w/d");
	}

	@Test
	void passesJdbcUrlThrough() {
		assertThat(DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("jdbc:postgresql://db:5432/mercato"))
			.containsExactly(Map.entry("spring.datasource.url", "jdbc:postgresql://db:5432/mercato"));
	}

	@Test
	void rejectsOtherDatabasesWithoutEchoingTheUrl() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("mysql://u:secret@db/x"))
			.withMessageContaining("DATABASE_URL")
			.withMessageNotContaining("secret");
	}

	@Test
	void leavesExplicitSpringDatasourceUrlAlone() {
		MockEnvironment environment = new MockEnvironment().withProperty("DATABASE_URL", "postgres://a:b@elsewhere/db")
			.withProperty("spring.datasource.url", "jdbc:postgresql://chosen/db");

		new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://chosen/db");
		assertThat(environment.getProperty("spring.datasource.username")).isNull();
	}

	@Test
	void appliesDatabaseUrlFromTheEnvironment() {
		MockEnvironment environment = new MockEnvironment().withProperty("DATABASE_URL", "postgres://a:b@db:5432/shop");

		new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/shop");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("b");
	}

}
