package io.mercato.accounts.internal;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.shared.security.ClientInfo;
import io.mercato.accounts.LoginSessions;
import io.mercato.accounts.UserAdministration;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@MercatoApiTest
class AdminBootstrapIntegrationTests {

	@Autowired
	UserAdministration administration;

	@Autowired
	LoginSessions sessions;

	@Test
	void createsTheFirstAdminFromTheCommandLine() {
		String email = AccountsFixtures.uniqueEmail("cli-admin");
		AdminBootstrap bootstrap = new AdminBootstrap(this.administration, new MockEnvironment());

		bootstrap.run(new DefaultApplicationArguments("create-admin", "--email=" + email,
				"--password=" + AccountsFixtures.PASSWORD));

		assertThat(
				this.sessions.login(email, AccountsFixtures.PASSWORD, new ClientInfo("127.0.0.1", null)).user().role())
			.isEqualTo(Role.ADMIN);
	}

	@Test
	void createsTheFirstAdminFromTheEnvironmentOnceOnly() {
		String email = AccountsFixtures.uniqueEmail("env-admin");
		MockEnvironment environment = new MockEnvironment().withProperty("MERCATO_ADMIN_EMAIL", email)
			.withProperty("MERCATO_ADMIN_PASSWORD", AccountsFixtures.PASSWORD);
		AdminBootstrap bootstrap = new AdminBootstrap(this.administration, environment);

		bootstrap.run(new DefaultApplicationArguments());
		bootstrap.run(new DefaultApplicationArguments());

		assertThat(
				this.administration.users(Role.ADMIN, null, email, org.springframework.data.domain.Pageable.ofSize(5))
					.getTotalElements())
			.isEqualTo(1);
	}

	@Test
	void refusesAWeakAdminPasswordSayingWhy() {
		AdminBootstrap bootstrap = new AdminBootstrap(this.administration, new MockEnvironment());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments("create-admin",
					"--email=" + AccountsFixtures.uniqueEmail("weak"), "--password=admin123")))
			.withMessageContaining("password");
	}

	@Test
	void needsEmailAndPasswordForTheCommand() {
		AdminBootstrap bootstrap = new AdminBootstrap(this.administration, new MockEnvironment());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> bootstrap.run(new DefaultApplicationArguments("create-admin")))
			.withMessageContaining("--email");
	}

}
