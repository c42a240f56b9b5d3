package io.mercato.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

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
		return server.getJdbcUrl("postgres", "postgres");
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
