package io.mercato.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The catalog as a module, booted with only the modules it declares (accounts and the
 * shared kernel): the events its products publish when they go on sale, change price and
 * leave sale, and only then, and the stock statuses the inventory records.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CatalogIntegrationTests {

	@Autowired
	ProductListings products;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	ApplicationContext context;

	CatalogFixtures fixtures;

	CurrentUser shop;

	UUID category;

	@BeforeEach
	void setUp() {
		this.fixtures = CatalogFixtures.of(this.context);
		this.shop = this.fixtures.shop();
		this.category = this.fixtures.category("Module lamps " + UUID.randomUUID(), null);
	}

	@Test
	void recordsTheStockStatusesOfManyProductsInOneStatement() {
		UUID lamp = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);
		UUID shade = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);
		UUID bulb = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);

		QueryCounter.reset();
		this.catalog.changeStockStatuses(Map.of(lamp, StockStatus.IN_STOCK, shade, StockStatus.LOW_STOCK, bulb,
				StockStatus.OUT_OF_STOCK, UUID.randomUUID(), StockStatus.IN_STOCK));
		assertThat(QueryCounter.count()).isEqualTo(1);
		QueryCounter.reset();
		this.catalog.changeStockStatuses(Map.of());
		assertThat(QueryCounter.count()).isZero();

		assertThat(this.catalog.findProducts(List.of(lamp, shade, bulb)))
			.extracting(ProductSnapshot::id, ProductSnapshot::stockStatus)
			.containsExactlyInAnyOrder(tuple(lamp, StockStatus.IN_STOCK), tuple(shade, StockStatus.LOW_STOCK),
					tuple(bulb, StockStatus.OUT_OF_STOCK));
	}

	@Test
	void publishesProductPublishedWhenADraftGoesOnSale(Scenario scenario) {
		UUID draft = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.DRAFT);

		scenario.stimulate(() -> this.products.patchProduct(this.shop, draft, status(ProductStatus.PUBLISHED)))
			.andWaitForEventOfType(ProductPublished.class)
			.matching((event) -> event.productId().equals(draft))
			.toArriveAndVerify((event) -> {
				assertThat(event.shopkeeperId()).isEqualTo(this.shop.id());
				assertThat(event.price()).isEqualTo(Money.of("25.00"));
			});
	}

	@Test
	void publishesProductPriceChangedWithTheOldAndNewPrice(Scenario scenario) {
		UUID product = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);

		scenario.stimulate(() -> this.products.patchProduct(this.shop, product, price("19.90")))
			.andWaitForEventOfType(ProductPriceChanged.class)
			.matching((event) -> event.productId().equals(product))
			.toArriveAndVerify((event) -> {
				assertThat(event.oldPrice()).isEqualTo(Money.of("25.00"));
				assertThat(event.newPrice()).isEqualTo(Money.of("19.90"));
			});
	}

	@Test
	void publishesProductWithdrawnWhenAListingIsArchivedOrDeleted(Scenario scenario) {
		UUID archived = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);
		UUID deleted = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);

		scenario.stimulate(() -> this.products.patchProduct(this.shop, archived, status(ProductStatus.ARCHIVED)))
			.andWaitForEventOfType(ProductWithdrawn.class)
			.matchingMappedValue(ProductWithdrawn::productId, archived)
			.toArrive();
		scenario.stimulate(() -> this.products.deleteProduct(this.shop, deleted))
			.andWaitForEventOfType(ProductWithdrawn.class)
			.matchingMappedValue(ProductWithdrawn::productId, deleted)
			.toArrive();
	}

	@Test
	void publishesNothingForAChangeThatChangesNeitherStatusNorPrice(AssertablePublishedEvents events) {
		UUID product = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.PUBLISHED);
		UUID draft = this.fixtures.product(this.shop, this.category, "25.00", ProductStatus.DRAFT);

		this.products.patchProduct(this.shop, product, price("25.00"));
		this.products.patchProduct(this.shop, product, status(ProductStatus.PUBLISHED));
		this.products.patchProduct(this.shop, draft, status(ProductStatus.ARCHIVED));
		this.products.deleteProduct(this.shop, draft);

		assertThat(events.ofType(ProductPriceChanged.class).matching(ProductPriceChanged::productId, product::equals))
			.isEmpty();
		assertThat(events.ofType(ProductPublished.class).matching(ProductPublished::productId, product::equals))
			.hasSize(1);
		assertThat(events.ofType(ProductWithdrawn.class)
			.matching((event) -> event.productId().equals(product) || event.productId().equals(draft))).isEmpty();
	}

	private static ProductPatch status(ProductStatus status) {
		return new ProductPatch(null, null, null, null, null, null, null, null, status, null, null, null);
	}

	private static ProductPatch price(String price) {
		return new ProductPatch(null, null, null, null, Money.of(price), null, null, null, null, null, null, null);
	}

}
