package io.mercato.accounts;

import java.util.List;

import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ups racing for one address: those that pass the service's check together meet the
 * unique index, and get the same refusal as those the check stopped.
 */
@MercatoApiTest
class RegistrationConcurrencyIntegrationTests {

	@Autowired
	AccountSelfService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void racingSignUpsWithOneAddressCreateOneAccountAndRefuseTheRestAsEmailTaken() throws Exception {
		String email = AccountsFixtures.uniqueEmail("racing-signup");

		List<String> outcomes = Race
			.of(8, (i) -> this.accounts.register(new Registration(Role.CUSTOMER, email, AccountsFixtures.PASSWORD,
					AccountsFixtures.PASSWORD, "Racer " + i, null, null, null)))
			.stream()
			.map((outcome) -> outcome.succeeded() ? "created" : outcome.failure(AccountsException.class).code())
			.toList();

		assertThat(outcomes).containsOnlyOnce("created").containsOnly("created", "email_taken");
		assertThat(this.jdbc.sql("select count(*) from accounts.app_user where email = ?")
			.param(email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
