package io.mercato.accounts;

import java.util.List;

import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import io.mercato.testing.Race.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logins racing on real threads against the real database.
 */
@MercatoApiTest
class SessionConcurrencyIntegrationTests {

	@Autowired
	AccountSelfService accounts;

	@Autowired
	LoginSessions sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentLoginsNeverLeaveMoreThanThreeActiveSessions() throws Exception {
		String email = AccountsFixtures.uniqueEmail("racer");
		var user = this.accounts.register(new Registration(Role.CUSTOMER, email, AccountsFixtures.PASSWORD,
				AccountsFixtures.PASSWORD, "Race Condition", null, null, null));
		int logins = 12;
		List<Outcome<LoginResult>> results = Race.of(logins,
				(i) -> this.sessions.login(email, AccountsFixtures.PASSWORD, new ClientInfo("10.0.0.1", "race")));
		for (Outcome<LoginResult> result : results) {
			assertThat(result.value().access()).isNotBlank();
		}

		long active = this.jdbc
			.sql("select count(*) from accounts.login_session where user_id = ? and revoked_at is null")
			.param(user.id())
			.query(Long.class)
			.single();
		long total = this.jdbc.sql("select count(*) from accounts.login_session where user_id = ?")
			.param(user.id())
			.query(Long.class)
			.single();
		assertThat(active).isEqualTo(3);
		assertThat(total).isEqualTo(logins);
	}

}
