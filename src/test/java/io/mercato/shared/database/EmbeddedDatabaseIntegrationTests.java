package io.mercato.shared.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded server that runs when no database is configured: its data survives a
 * restart and a crash, and it is the only server the application uses.
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
	void runsDurably() throws IOException {
		embedded(this.dataDirectory, freePort()).run((context) -> {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
				assertThat(jdbc.sql("show " + setting).query(String.class).single()).as(setting).isEqualTo("on");
			}
		});
	}

	@Test
	void stopsWithAClearMessageRatherThanUseAnotherInstancesDatabase(@TempDir Path otherDirectory) throws IOException {
		int port = freePort();
		embedded(otherDirectory, port).run((first) -> {
			JdbcClient.create(first.getBean(DataSource.class)).sql("create table theirs (id int)").update();

			embedded(this.dataDirectory, port).run((second) -> {
				assertThat(second).hasFailed();
				FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(second.getStartupFailure());
				assertThat(analysis.getDescription()).contains("port " + port + " on localhost is taken")
					.contains("MERCATO_EMBEDDED_DB_PORT");
				assertThat(analysis.getAction()).contains("MERCATO_EMBEDDED_DB_PORT=" + (port + 1));
			});

			assertThat(JdbcClient.create(first.getBean(DataSource.class))
				.sql("select count(*) from theirs")
				.query(Integer.class)
				.single()).as("the first instance's database still serves it").isZero();
		});
		assertThat(this.dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void refusesAServerRunningOnAnotherDataDirectory(@TempDir Path otherDirectory) throws IOException {
		embedded(this.dataDirectory, freePort()).run((context) -> {
			EmbeddedPostgres postgres = context.getBean(EmbeddedPostgres.class);

			assertThatIllegalStateException()
				.isThrownBy(() -> EmbeddedDatabaseConfiguration.requireOwnServer(postgres, otherDirectory))
				.withMessageContaining("port " + postgres.getPort())
				.withMessageContaining("MERCATO_EMBEDDED_DB_PORT");
			EmbeddedDatabaseConfiguration.requireOwnServer(postgres, this.dataDirectory);
		});
	}

	private static ApplicationContextRunner embedded(Path dataDirectory, int port) {
		return new ApplicationContextRunner().withUserConfiguration(EmbeddedOnly.class)
			.withPropertyValues("mercato.embedded-database.data-directory=" + dataDirectory,
					"mercato.embedded-database.port=" + port, "mercato.embedded-database.database-name=shop");
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
