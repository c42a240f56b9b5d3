package io.mercato.accounts;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.mercato.accounts.UserAdministration.AdminAction;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Admins racing to deactivate each other, in a database of its own: the shared one holds
 * every other test's admins, so "the last active admin" would never be reached there.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.test.database=accounts_last_admin")
class LastAdminConcurrencyIntegrationTests {

	private static final int ROUNDS = 5;

	@Autowired
	UserAdministration administration;

	@Test
	void keepsOneActiveAdminWhenTwoDeactivateEachOtherAtOnce() throws Exception {
		UUID survivor = createAdmin();
		UUID loser = null;
		for (int round = 0; round < ROUNDS; round++) {
			UUID one = survivor;
			UUID other = createAdmin();
			assertThat(activeAdmins()).containsExactlyInAnyOrder(one, other);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				Future<String> first = pool.submit(() -> deactivate(start, one, other));
				Future<String> second = pool.submit(() -> deactivate(start, other, one));
				start.countDown();
				assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
					.containsExactlyInAnyOrder("deactivated", "last_active_admin");
			}
			finally {
				pool.shutdownNow();
			}
			List<UUID> active = activeAdmins();
			assertThat(active).hasSize(1);
			loser = active.contains(one) ? other : one;
			survivor = active.get(0);
		}
		// without a race too: the loser's request, arriving late, is refused the same way
		UUID last = survivor;
		AdminAction late = new AdminAction(loser, "127.0.0.1");
		assertThatExceptionOfType(AccountsException.LastActiveAdmin.class)
			.isThrownBy(() -> this.administration.deactivate(late, last));
		assertThat(activeAdmins()).containsExactly(last);
	}

	private String deactivate(CountDownLatch start, UUID adminId, UUID userId) throws InterruptedException {
		start.await();
		try {
			this.administration.deactivate(new AdminAction(adminId, "127.0.0.1"), userId);
			return "deactivated";
		}
		catch (AccountsException ex) {
			return ex.code();
		}
	}

	private UUID createAdmin() {
		String email = AccountsFixtures.uniqueEmail("racing-admin");
		assertThat(this.administration.createAdminIfAbsent(email, AccountsFixtures.PASSWORD)).isTrue();
		return this.administration.users(Role.ADMIN, null, email, Pageable.ofSize(2)).getContent().get(0).id();
	}

	private List<UUID> activeAdmins() {
		return this.administration.users(Role.ADMIN, true, null, Pageable.ofSize(100)).map(UserView::id).getContent();
	}

}
