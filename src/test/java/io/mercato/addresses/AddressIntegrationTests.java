package io.mercato.addresses;

import java.util.List;
import java.util.UUID;

import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.QueryCounter;
import io.mercato.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The addresses as a module, booted with the accounts module it depends on: the copy an
 * order takes, and the limit and the single default under concurrent requests.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AddressIntegrationTests {

	@Autowired
	AddressManagement addresses;

	@Autowired
	AddressBook addressBook;

	@Autowired
	ApplicationContext context;

	AddressesFixtures fixtures;

	CurrentUser user;

	@BeforeEach
	void setUp() {
		this.fixtures = AddressesFixtures.of(this.context);
		this.user = AddressesFixtures.user();
	}

	@AfterEach
	void invariantsHold() {
		this.fixtures.assertInvariants();
	}

	@Test
	void findsAnOwnersLiveAddressInOneQuery() {
		AddressView home = this.fixtures.address(this.user);

		QueryCounter.reset();
		AddressSnapshot snapshot = this.addresses.findAddress(home.id(), this.user.id()).orElseThrow();

		assertThat(QueryCounter.count()).isEqualTo(1);
		assertThat(snapshot).isEqualTo(new AddressSnapshot(home.id(), AddressType.SHIPPING, "Ada Lovelace",
				"Unter den Linden 77", "3. OG", "Berlin", "Berlin", "10117", "DE", "+4930901820"));
		assertThat(this.addresses.findAddress(home.id(), AddressesFixtures.user().id())).as("another owner").isEmpty();
		assertThat(this.addresses.findAddress(UUID.randomUUID(), this.user.id())).isEmpty();

		this.addressBook.deleteAddress(this.user, home.id());
		assertThat(this.addresses.findAddress(home.id(), this.user.id())).as("deleted").isEmpty();
	}

	@Test
	void keepsTheLimitWhenAddressesAreAddedAtTheSameMoment() throws InterruptedException {
		for (int i = 0; i < AddressBook.MAX_ADDRESSES - 3; i++) {
			this.fixtures.address(this.user, AddressType.BILLING);
		}

		List<Race.Outcome<String>> outcomes = Race.of(8, (i) -> {
			this.fixtures.address(this.user, AddressType.SHIPPING);
			return "added";
		});

		List<String> results = outcomes.stream()
			.map((outcome) -> outcome.valueOr(AddressesException.AddressLimitReached.class, AddressesException::code))
			.toList();
		assertThat(results).filteredOn("added"::equals).hasSize(3);
		assertThat(results).filteredOn("address_limit_reached"::equals).hasSize(5);
		List<AddressView> kept = this.addressBook.addresses(this.user, AddressType.SHIPPING);
		assertThat(kept).hasSize(3);
		assertThat(kept).filteredOn(AddressView::isDefault).hasSize(1);
	}

	@Test
	void keepsOneDefaultWhenDefaultsAreChosenAtTheSameMoment() throws InterruptedException {
		List<AddressView> created = List.of(this.fixtures.address(this.user), this.fixtures.address(this.user),
				this.fixtures.address(this.user), this.fixtures.address(this.user));

		List<Race.Outcome<AddressView>> outcomes = Race.of(created.size(),
				(i) -> (i % 2 == 0) ? this.addressBook.makeDefault(this.user, created.get(i).id())
						: this.fixtures.address(this.user, AddressType.SHIPPING, true));

		outcomes.forEach(Race.Outcome::value);
		assertThat(this.addressBook.addresses(this.user, AddressType.SHIPPING)).hasSize(6)
			.filteredOn(AddressView::isDefault)
			.hasSize(1);
	}

}
