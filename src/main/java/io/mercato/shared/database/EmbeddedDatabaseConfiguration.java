package io.mercato.shared.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * directory survives restarts; the server is durable (fsync, synchronous commit and full
 * page writes on) and stops with the application context. When it cannot start, because
 * its port is taken, the application does not start either: it never uses a server it did
 * not start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
		boolean reused = Files.exists(dataDirectory.resolve("PG_VERSION"));
		// the library waits for "a server on the port" to answer, so with the port taken
		// it would take another application's server for its own
		requireFreePort(properties.port());
		Files.createDirectories(dataDirectory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			// the library's defaults are a test database's (-F, that is fsync off, and
			// synchronous_commit off); this one keeps the application's data, so a crash
			// must lose no committed transaction and leave no torn page
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			// stopped as a bean, after every bean that still needs it (the event registry
			// queries on shutdown); a JVM hook of its own would race with the context's
			// close
			.setRegisterShutdownHook(false)
			.start();
		try {
			// another server may have taken the port between the check and the start
			requireOwnServer(postgres, dataDirectory);
			createDatabaseIfMissing(postgres, properties.databaseName());
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		log.info("Database: embedded PostgreSQL on localhost:{}, {} data directory {}", postgres.getPort(),
				reused ? "reusing" : "created", dataDirectory);
		return postgres;
	}

	/**
	 * Refuses to start on a port something already listens on.
	 * @param port the configured port
	 * @throws EmbeddedDatabasePortTakenException naming the port and the variable that
	 * changes it
	 */
	static void requireFreePort(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			// as PostgreSQL binds: connections of a server that just stopped, waiting out
			// TIME_WAIT, do not hold the port, while a server listening on it does
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new EmbeddedDatabasePortTakenException(port, "", ex);
		}
	}

	/**
	 * Checks that the server answering on the port runs on this application's data
	 * directory.
	 * @param postgres the server just started
	 * @param dataDirectory the data directory it was started on
	 * @throws EmbeddedDatabasePortTakenException when another server answers
	 */
	static void requireOwnServer(EmbeddedPostgres postgres, Path dataDirectory) {
		String served = JdbcClient.create(postgres.getPostgresDatabase())
			.sql("show data_directory")
			.query(String.class)
			.single();
		boolean ours;
		try {
			ours = Files.isSameFile(Path.of(served), dataDirectory);
		}
		catch (IOException ex) {
			// the other server's directory may not even be readable from here
			ours = false;
		}
		if (!ours) {
			throw new EmbeddedDatabasePortTakenException(postgres.getPort(),
					" by a server on another data directory (" + served + ")", null);
		}
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
