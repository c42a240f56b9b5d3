package io.mercato.shared.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts a PostgreSQL server inside the application when no external database is
 * configured, so that the API runs on a machine with nothing but a JDK. Its data
 * directory survives restarts; the server stops with the application context.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
		boolean reused = Files.exists(dataDirectory.resolve("PG_VERSION"));
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			// stopped as a bean, after every bean that still needs it (the event registry
			// queries on shutdown); a JVM hook of its own would race with the context's
			// close
			.setRegisterShutdownHook(false)
			.start();
		createDatabaseIfMissing(postgres, properties.databaseName());
		log.info("Database: embedded PostgreSQL on localhost:{}, {} data directory {}", postgres.getPort(),
				reused ? "reusing" : "created", dataDirectory);
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", properties.databaseName()))
			.username("postgres")
			.build();
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String databaseName) {
		DataSource admin = postgres.getPostgresDatabase();
		JdbcClient jdbc = JdbcClient.create(admin);
		boolean exists = jdbc.sql("select exists (select 1 from pg_database where datname = ?)")
			.param(databaseName)
			.query(Boolean.class)
			.single();
		if (!exists) {
			// identifiers cannot be bound as parameters; the name comes from
			// configuration only
			jdbc.sql("create database \"" + databaseName.replace("\"", "\"\"") + "\"").update();
		}
	}

}
