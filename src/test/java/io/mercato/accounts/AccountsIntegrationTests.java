package io.mercato.accounts;

import java.util.UUID;

import io.mercato.shared.security.ClientInfo;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts module on its own, as other modules see it: its API and its events.
 */
@ApplicationModuleTest
class AccountsIntegrationTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountSelfService selfService;

	@Autowired
	UserAdministration administration;

	@Test
	void publishesUserRegisteredForEverySignUp(Scenario scenario) {
		String email = AccountsFixtures.uniqueEmail("event");

		scenario
			.stimulate(() -> this.selfService.register(new Registration(Role.SHOPKEEPER, email,
					AccountsFixtures.PASSWORD, AccountsFixtures.PASSWORD, null, null, "Harbor Goods", null)))
			.andWaitForEventOfType(UserRegistered.class)
			.matching((event) -> event.role() == Role.SHOPKEEPER)
			.toArriveAndVerify((event, user) -> {
				assertThat(event.userId()).isEqualTo(user.id());
				assertThat(this.accounts.findUser(user.id())).hasValueSatisfying((found) -> {
					assertThat(found.email()).isEqualTo(email);
					assertThat(found.shop().shopName()).isEqualTo("Harbor Goods");
				});
			});
	}

	@Test
	void publishesVerificationChangesForTheCatalog(Scenario scenario) {
		UserView shopkeeper = this.selfService
			.register(new Registration(Role.SHOPKEEPER, AccountsFixtures.uniqueEmail("verify"),
					AccountsFixtures.PASSWORD, AccountsFixtures.PASSWORD, null, null, "Quay Supplies", null));
		String adminEmail = AccountsFixtures.uniqueEmail("admin");
		this.administration.createAdminIfAbsent(adminEmail, AccountsFixtures.PASSWORD);
		UserView admin = this.administration
			.users(Role.ADMIN, null, adminEmail, org.springframework.data.domain.Pageable.ofSize(1))
			.getContent()
			.get(0);

		scenario
			.stimulate(() -> this.administration.verifyShopkeeper(
					new CurrentUser(admin.id(), Role.ADMIN, UUID.randomUUID()), new ClientInfo("10.1.1.1", null),
					shopkeeper.id(), true))
			.andWaitForEventOfType(ShopkeeperVerificationChanged.class)
			.matching((event) -> event.userId().equals(shopkeeper.id()))
			.toArriveAndVerify((event) -> assertThat(event.verified()).isTrue());
		assertThat(this.accounts.isVerifiedShopkeeper(shopkeeper.id())).isTrue();
	}

	@Test
	void answersNothingForUnknownUsers() {
		assertThat(this.accounts.findUser(java.util.UUID.randomUUID())).isEmpty();
		assertThat(this.accounts.isVerifiedShopkeeper(java.util.UUID.randomUUID())).isFalse();
	}

}
