package io.mercato.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import io.mercato.testing.Race.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@MercatoApiTest
class ProductConcurrencyIntegrationTests {

	private static final int THREADS = 8;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProductListings products;

	@Autowired
	CategoryAdministration categories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void letsExactlyOneOfManyShopkeepersRacingForOneSkuOrSlugHaveIt() throws Exception {
		CatalogFixtures fixtures = CatalogFixtures.of(this.mvc, this.context);
		UUID category = fixtures.category("Race " + UUID.randomUUID(), null);
		List<CurrentUser> shopkeepers = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			Session session = fixtures.verifiedShopkeeper();
			shopkeepers.add(new CurrentUser(session.userId(), Role.SHOPKEEPER, session.sessionId()));
		}
		String sku = CatalogFixtures.uniqueSku();
		List<Outcome<String>> outcomes = Race.of(THREADS, (i) -> {
			// half race for the same slug as well, half only for the SKU
			String name = (i % 2 == 0) ? "Racing Lamp" : "Racing Lamp " + i;
			this.products.createProduct(shopkeepers.get(i), new ProductDraft(name, "", category, null,
					Money.of("10.00"), null, null, sku, ProductStatus.PUBLISHED, false, List.of(), null));
			return "created";
		});
		// any other exception fails the test here
		List<String> results = outcomes.stream()
			.map((outcome) -> outcome.valueOr(CatalogException.SkuTaken.class, CatalogException.SkuTaken::code))
			.toList();

		assertThat(results).filteredOn("created"::equals).hasSize(1);
		assertThat(results).filteredOn("sku_taken"::equals).hasSize(THREADS - 1);
		assertThat(this.jdbc.sql("select count(*) from catalog.product where sku = ?")
			.param(sku)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void refusesEveryLoserOfARaceBetweenListingInACategoryAndDeletingIt() throws Exception {
		CatalogFixtures fixtures = CatalogFixtures.of(this.mvc, this.context);
		Session session = fixtures.verifiedShopkeeper();
		CurrentUser shopkeeper = new CurrentUser(session.userId(), Role.SHOPKEEPER, session.sessionId());
		for (int round = 0; round < 5; round++) {
			UUID category = this.categories.createCategory(new CategoryDraft("Doomed " + UUID.randomUUID(), null, true))
				.id();
			List<Callable<String>> calls = new ArrayList<>();
			calls.add(() -> {
				this.categories.deleteCategory(category);
				return "deleted";
			});
			for (int i = 0; i < THREADS; i++) {
				calls.add(() -> {
					this.products.createProduct(shopkeeper,
							new ProductDraft("Doomed Lamp", "", category, null, Money.of("10.00"), null, null,
									CatalogFixtures.uniqueSku(), ProductStatus.PUBLISHED, false, List.of(), null));
					return "created";
				});
			}
			List<Outcome<String>> outcomes = Race.run(calls);
			// any other exception fails the test here
			String deletion = outcomes.get(0)
				.valueOr(CatalogException.CategoryInUse.class, CatalogException.CategoryInUse::code);
			List<String> listings = outcomes.subList(1, outcomes.size())
				.stream()
				.map((outcome) -> outcome.valueOr(InvalidFieldsException.class, (ex) -> "category_missing"))
				.toList();

			long created = listings.stream().filter("created"::equals).count();
			assertThat(deletion).isEqualTo((created > 0) ? "category_in_use" : "deleted");
			assertThat(listings).allMatch((result) -> result.equals("created") || result.equals("category_missing"));
		}
	}

}
