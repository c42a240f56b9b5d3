package io.mercato.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * The one PostgreSQL server of a test JVM: started on first use in a fresh temporary
 * directory, shared by every Spring context, stopped (and its directory removed) when the
 * JVM exits.
 */
final class SharedEmbeddedPostgres {

	private static EmbeddedPostgres server;

	private SharedEmbeddedPostgres() {
	}

	static synchronized String jdbcUrl() {
		return server().getJdbcUrl("postgres", "postgres");
	}

	/**
	 * A database of its own on the same server, created on first use, for a test that
	 * needs to know every row of a table (such as every admin), which the database all
	 * other contexts share cannot promise.
	 * @param database a lower-case SQL identifier
	 * @return its JDBC URL
	 */
	static synchronized String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		EmbeddedPostgres postgres = server();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			ResultSet existing = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
			if (!existing.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + database, ex);
		}
		return postgres.getJdbcUrl("postgres", database);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setDataDirectory(Files.createTempDirectory("mercato-test-pg"))
					.setCleanDataDirectory(true)
					// a throw-away database: speed over durability (the library already
					// turns synchronous_commit off), unlike the application's run mode
					.setServerConfig("fsync", "off")
					.setServerConfig("full_page_writes", "off")
					.setRegisterShutdownHook(false)
					.start();
				// after the test contexts have closed, which still use it while they
				// close
				SpringApplication.getShutdownHandlers().add(SharedEmbeddedPostgres::stop);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", ex);
			}
		}
		return server;
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
