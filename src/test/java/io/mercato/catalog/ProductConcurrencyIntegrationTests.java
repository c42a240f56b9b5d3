package io.mercato.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.shared.web.InvalidFieldsException;
import io.mercato.testing.MercatoApiTest;
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
	ProductManagement products;

	@Autowired
	CategoryManagement categories;

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
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			CurrentUser shopkeeper = shopkeepers.get(i);
			// half race for the same slug as well, half only for the SKU
			String name = (i % 2 == 0) ? "Racing Lamp" : "Racing Lamp " + i;
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.products.createProduct(shopkeeper,
							new ProductDraft(name, "", category, null, io.mercato.shared.domain.Money.of("10.00"), null,
									null, sku, ProductStatus.PUBLISHED, false, List.of()));
					return "created";
				}
				catch (CatalogException.SkuTaken ex) {
					return ex.code();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

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
			UUID category = this.categories.createCategory("Doomed " + UUID.randomUUID(), null, true).id();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
			List<Future<String>> outcomes = new ArrayList<>();
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.categories.deleteCategory(category);
					return "deleted";
				}
				catch (CatalogException.CategoryInUse ex) {
					return ex.code();
				}
			}));
			for (int i = 0; i < THREADS; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						this.products.createProduct(shopkeeper,
								new ProductDraft("Doomed Lamp", "", category, null,
										io.mercato.shared.domain.Money.of("10.00"), null, null,
										CatalogFixtures.uniqueSku(), ProductStatus.PUBLISHED, false, List.of()));
						return "created";
					}
					catch (InvalidFieldsException ex) {
						return "category_missing";
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				// any other exception fails the test here
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			pool.shutdown();

			long created = results.stream().filter("created"::equals).count();
			assertThat(results.get(0)).isEqualTo((created > 0) ? "category_in_use" : "deleted");
			assertThat(results.subList(1, results.size()))
				.allMatch((result) -> result.equals("created") || result.equals("category_missing"));
		}
	}

}
