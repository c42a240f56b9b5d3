package io.mercato.shared.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server that runs when no database is configured: its data survives a
 * restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsDataAcrossRestartsInItsDataDirectory(CapturedOutput output) throws IOException {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(EmbeddedOnly.class)
			.withPropertyValues("mercato.embedded-database.data-directory=" + this.dataDirectory,
					"mercato.embedded-database.port=" + freePort(), "mercato.embedded-database.database-name=shop");

		runner.run((context) -> {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			jdbc.sql("create table kept (value text)").update();
			jdbc.sql("insert into kept values ('still here')").update();
			assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("shop");
		});
		assertThat(output).contains("created data directory");

		runner.run((context) -> {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("select value from kept").query(String.class).single()).isEqualTo("still here");
		});
		assertThat(output).contains("reusing data directory");
		assertThat(this.dataDirectory.resolve("postmaster.pid")).as("server stopped with the context").doesNotExist();
	}

	@Test
	void staysOffWhenADatasourceUrlIsConfigured() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedOnly.class)
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://elsewhere/db",
					"mercato.embedded-database.data-directory=" + this.dataDirectory)
			.run((context) -> assertThat(context).doesNotHaveBean(DataSource.class));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
	@Import(EmbeddedDatabaseConfiguration.class)
	static class EmbeddedOnly {

	}

}
