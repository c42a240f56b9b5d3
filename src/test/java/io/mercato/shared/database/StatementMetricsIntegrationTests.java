package io.mercato.shared.database;

import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The count of statements sent to the database: what the benchmarks divide by the orders
 * placed.
 */
@MercatoApiTest
class StatementMetricsIntegrationTests {

	@Autowired
	MeterRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void countsEveryStatementOnce() {
		double before = statements();

		this.jdbc.sql("select 1").query(Integer.class).single();
		this.jdbc.sql("select 2").query(Integer.class).single();

		// other threads (listeners still finishing an earlier test's events) may send
		// statements meanwhile: at least these two, never fewer
		assertThat(statements() - before).isGreaterThanOrEqualTo(2);
	}

	@Test
	void showsTheCountToAdminsOnThePrometheusEndpoint() {
		TestingAuthenticationToken admin = new TestingAuthenticationToken(
				new CurrentUser(UUID.randomUUID(), Role.ADMIN, UUID.randomUUID()), null, Role.ADMIN.authority());

		assertThat(this.mvc.get().uri("/actuator/prometheus").with(authentication(admin))).hasStatusOk()
			.bodyText()
			.containsPattern("(?m)^mercato_db_statements_total(\\{[^}]*\\})? [0-9.eE+]+$");
	}

	private double statements() {
		return this.registry.get(StatementMetrics.METER).functionCounter().count();
	}

}
