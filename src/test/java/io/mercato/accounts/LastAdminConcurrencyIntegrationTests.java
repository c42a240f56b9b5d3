package io.mercato.accounts;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
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

	private static final ClientInfo CLIENT = new ClientInfo("127.0.0.1", null);

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
			List<String> outcomes = Race
				.run(List.<Callable<String>>of(() -> deactivate(one, other), () -> deactivate(other, one)))
				.stream()
				.map((outcome) -> outcome.valueOr(AccountsException.class, AccountsException::code))
				.toList();
			assertThat(outcomes).containsExactlyInAnyOrder("deactivated", "last_active_admin");
			List<UUID> active = activeAdmins();
			assertThat(active).hasSize(1);
			loser = active.contains(one) ? other : one;
			survivor = active.get(0);
		}
		// without a race too: the loser's request, arriving late, is refused the same way
		UUID last = survivor;
		UUID lateAdmin = loser;
		assertThatExceptionOfType(AccountsException.LastActiveAdmin.class)
			.isThrownBy(() -> this.administration.deactivate(admin(lateAdmin), CLIENT, last));
		assertThat(activeAdmins()).containsExactly(last);
	}

	private String deactivate(UUID adminId, UUID userId) {
		this.administration.deactivate(admin(adminId), CLIENT, userId);
		return "deactivated";
	}

	private static CurrentUser admin(UUID adminId) {
		return new CurrentUser(adminId, Role.ADMIN, UUID.randomUUID());
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
