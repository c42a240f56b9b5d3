package io.mercato.catalog;

import java.time.Duration;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Only a verified, active shopkeeper's products are public, and only such a shopkeeper
 * publishes, edits public listings or restocks.
 */
@MercatoApiTest
class ShopStandingApiIntegrationTests {

	private static final Duration HEARD = Duration.ofSeconds(10);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogManagement catalog;

	CatalogFixtures fixtures;

	Session admin;

	Session shopkeeper;

	UUID category;

	@BeforeEach
	void setUp() {
		this.fixtures = CatalogFixtures.of(this.mvc, this.context);
		this.admin = this.fixtures.admin();
		this.shopkeeper = this.fixtures.verifiedShopkeeper();
		this.category = this.fixtures.category("Standing " + UUID.randomUUID(), null);
	}

	@Test
	void refusesAnUnverifiedShopkeeperPublishingEditingAPublicListingOrRestocking() {
		UUID draft = this.fixtures.product(this.shopkeeper, """
				{"name": "Unfinished Lamp", "category_id": "%s", "price": "12.00", "sku": "%s"}"""
			.formatted(this.category, uniqueSku()));
		UUID published = this.fixtures.product(this.shopkeeper, this.category, "Public Lamp", "15.00");
		adminAction("/api/v1/admin/shopkeepers/{id}/unverify");

		assertNotVerified(patch(this.shopkeeper, draft, "{\"status\": \"PUBLISHED\"}"));
		assertNotVerified(patch(this.shopkeeper, published, "{\"name\": \"Public Lamp, Now Cheaper\"}"));
		assertNotVerified(this.fixtures.send(this.shopkeeper, this.mvc.put().uri("/api/v1/products/{id}", draft), """
				{"name": "Unfinished Lamp", "category_id": "%s", "price": "12.00", "sku": "%s",
				 "status": "PUBLISHED"}""".formatted(this.category, uniqueSku())));
		assertNotVerified(restock(this.shopkeeper, published));
		assertNotVerified(adjust(this.shopkeeper, published, 5));

		// what publishes nothing stays possible: working on a draft, withdrawing a
		// listing, counting stock down
		assertThat(patch(this.shopkeeper, draft, "{\"name\": \"Unfinished Lamp II\"}")).hasStatusOk();
		assertThat(patch(this.shopkeeper, published, "{\"status\": \"ARCHIVED\"}")).hasStatusOk();
		assertThat(adjust(this.admin, published, 5)).hasStatusOk();
		assertThat(adjust(this.shopkeeper, published, -1)).hasStatusOk();
		// an admin may restock for the shop, whose listings stay hidden meanwhile
		assertThat(restock(this.admin, published)).hasStatusOk();

		adminAction("/api/v1/admin/shopkeepers/{id}/verify");
		assertThat(patch(this.shopkeeper, draft, "{\"status\": \"PUBLISHED\"}")).hasStatusOk();
		assertThat(restock(this.shopkeeper, draft)).hasStatusOk();
	}

	@Test
	void takesAShopsProductsOutOfThePublicCatalogWhileItIsUnverifiedAndBackOnVerification() {
		UUID product = this.fixtures.product(this.shopkeeper, this.category, "Verified Lamp", "20.00");
		assertPublic(product, true);

		adminAction("/api/v1/admin/shopkeepers/{id}/unverify");

		await().atMost(HEARD).untilAsserted(() -> assertPublic(product, false));
		assertThat(this.catalog.findProduct(product).orElseThrow().isForSale()).isFalse();
		// the owner and admins still see it
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.get().uri("/api/v1/products/{id}", product)))
			.hasStatusOk();
		assertThat(this.fixtures.send(this.admin,
				this.mvc.get().uri("/api/v1/products?status=PUBLISHED&shopkeeper={id}", this.shopkeeper.userId())))
			.bodyJson()
			.extractingPath("$.results[*].id")
			.asArray()
			.containsExactly(product.toString());

		adminAction("/api/v1/admin/shopkeepers/{id}/verify");

		await().atMost(HEARD).untilAsserted(() -> assertPublic(product, true));
		assertThat(this.catalog.findProduct(product).orElseThrow().isForSale()).isTrue();
	}

	@Test
	void takesAShopsProductsOutOfThePublicCatalogWhileItsShopkeeperIsDeactivated() {
		UUID product = this.fixtures.product(this.shopkeeper, this.category, "Active Lamp", "25.00");
		assertPublic(product, true);

		adminAction("/api/v1/admin/users/{id}/deactivate");
		await().atMost(HEARD).untilAsserted(() -> assertPublic(product, false));

		adminAction("/api/v1/admin/users/{id}/activate");
		await().atMost(HEARD).untilAsserted(() -> assertPublic(product, true));
	}

	/**
	 * Asserts the product's presence in the anonymous list and detail; the detail is read
	 * twice, so that a stale cached detail would show.
	 */
	private void assertPublic(UUID product, boolean expected) {
		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/products?shopkeeper={id}", this.shopkeeper.userId())
			.exchange();
		assertThat(list).hasStatusOk();
		if (expected) {
			assertThat(list).bodyJson().extractingPath("$.results[*].id").asArray().containsExactly(product.toString());
		}
		else {
			assertThat(list).bodyJson().extractingPath("$.results").asArray().isEmpty();
		}
		for (int read = 0; read < 2; read++) {
			assertThat(this.mvc.get().uri("/api/v1/products/{id}", product))
				.hasStatus(expected ? HttpStatus.OK : HttpStatus.NOT_FOUND);
		}
	}

	private void adminAction(String path) {
		assertThat(this.fixtures.send(this.admin, this.mvc.post().uri(path, this.shopkeeper.userId()))).hasStatusOk();
	}

	private MvcTestResult patch(Session caller, UUID product, String json) {
		return this.fixtures.send(caller, this.mvc.patch().uri("/api/v1/products/{id}", product), json);
	}

	private MvcTestResult restock(Session caller, UUID product) {
		return this.fixtures.send(caller, this.mvc.post().uri("/api/v1/products/{id}/inventory/restock", product),
				"{\"quantity\": 5}");
	}

	private MvcTestResult adjust(Session caller, UUID product, int delta) {
		return this.fixtures.send(caller, this.mvc.post().uri("/api/v1/products/{id}/inventory/adjust", product),
				"{\"delta\": %d, \"reason\": \"count\"}".formatted(delta));
	}

	private static void assertNotVerified(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("shopkeeper_not_verified");
	}

}
