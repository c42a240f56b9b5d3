package io.mercato.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import io.mercato.accounts.AccountSelfService;
import io.mercato.accounts.AccountsException;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.shared.security.ClientInfo;
import io.mercato.accounts.Registration;
import io.mercato.shared.mail.CapturingMailPort;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code MERCATO_REQUIRE_VERIFIED_EMAIL=true}: the session service of a shop that
 * requires confirmed addresses, on the shared context's database.
 */
@MercatoApiTest
class VerifiedEmailRequirementIntegrationTests {

	@Autowired
	UserRepository users;

	@Autowired
	LoginSessionRepository sessions;

	@Autowired
	SpentRefreshTokenRepository spentTokens;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AccessTokens accessTokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AccountSelfService accounts;

	@Autowired
	CapturingMailPort mail;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void refusesLoginUntilTheAddressIsVerified() {
		SessionService strict = new SessionService(this.users, this.sessions, this.spentTokens, this.passwordEncoder,
				this.accessTokens, new AccountsSettings(3, Duration.ofMinutes(15), Duration.ofDays(30),
						Duration.ofHours(48), Duration.ofHours(1), true, "", "http://localhost:3000"),
				this.jdbc, this.clock);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		String email = AccountsFixtures.uniqueEmail("strict");
		this.accounts.register(new Registration(Role.CUSTOMER, email, AccountsFixtures.PASSWORD,
				AccountsFixtures.PASSWORD, "Strict Shopper", null, null, null));
		ClientInfo client = new ClientInfo("127.0.0.1", "test");

		assertThatExceptionOfType(AccountsException.EmailNotVerified.class)
			.isThrownBy(() -> transaction.execute((status) -> strict.login(email, AccountsFixtures.PASSWORD, client)));

		String mailed = this.mail.sentTo(email).get(0).text();
		this.accounts.verifyEmail(mailed.substring(mailed.lastIndexOf("Token: ") + 7).trim());

		assertThat(transaction.execute((status) -> strict.login(email, AccountsFixtures.PASSWORD, client))
			.user()
			.emailVerified()).isTrue();
	}

}
