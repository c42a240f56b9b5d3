package io.mercato.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
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
	AccountManagement accounts;

	@Autowired
	SessionManagement sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentLoginsNeverLeaveMoreThanThreeActiveSessions() throws Exception {
		String email = AccountsFixtures.uniqueEmail("racer");
		var user = this.accounts.register(new Registration(Role.CUSTOMER, email, AccountsFixtures.PASSWORD,
				AccountsFixtures.PASSWORD, "Race Condition", null, null, null));
		int logins = 12;
		ExecutorService threads = Executors.newFixedThreadPool(logins);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<LoginResult>> results = new ArrayList<>();
		try {
			for (int i = 0; i < logins; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return this.sessions.login(email, AccountsFixtures.PASSWORD, new ClientInfo("10.0.0.1", "race"));
				}));
			}
			start.countDown();
			for (Future<LoginResult> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS).access()).isNotBlank();
			}
		}
		finally {
			threads.shutdownNow();
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
