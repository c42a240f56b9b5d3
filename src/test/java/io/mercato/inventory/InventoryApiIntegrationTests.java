package io.mercato.inventory;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.CatalogManagement;
import io.mercato.catalog.ProductListings;
import io.mercato.catalog.StockStatus;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory's HTTP API: a product's stock, restocks, adjustments, the threshold, the
 * ledger and the low-stock list, for the product's shopkeeper and admins only.
 */
@MercatoApiTest
class InventoryApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProductListings products;

	@Autowired
	InventoryManagement inventory;

	@Autowired
	StockKeeping stockKeeping;

	@Autowired
	CatalogManagement catalog;

	AccountsFixtures accounts;

	InventoryFixtures fixtures;

	Shop shop;

	@BeforeEach
	void setUp() {
		CatalogFixtures catalogFixtures = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = catalogFixtures.accounts();
		this.fixtures = InventoryFixtures.of(catalogFixtures, this.context);
		this.shop = this.fixtures.shop();
	}

	@AfterEach
	void ledgerMatchesStock() {
		this.fixtures.assertLedgerMatchesStock();
	}

	@Test
	void showsAProductNeverStockedAsEmpty() {
		UUID lamp = this.fixtures.product(this.shop);

		QueryCounter.reset();
		MvcTestResult result = get("/api/v1/products/{id}/inventory", this.shop.bearer(), lamp);

		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
		assertThat(result).hasStatusOk();
		String json = body(result);
		assertThat(JsonPath.<String>read(json, "$.product_id")).isEqualTo(lamp.toString());
		assertThat(JsonPath.<Integer>read(json, "$.quantity")).isZero();
		assertThat(JsonPath.<Integer>read(json, "$.reserved")).isZero();
		assertThat(JsonPath.<Integer>read(json, "$.available")).isZero();
		assertThat(JsonPath.<Integer>read(json, "$.low_stock_threshold")).isEqualTo(5);
		assertThat(JsonPath.<String>read(json, "$.stock_status")).isEqualTo("OUT_OF_STOCK");
		assertThat(JsonPath.<Object>read(json, "$.last_restocked_at")).isNull();
	}

	@Test
	void restocksAndShowsTheStock() {
		UUID lamp = this.fixtures.product(this.shop);

		MvcTestResult restocked = post("/api/v1/products/{id}/inventory/restock", this.shop.bearer(), lamp,
				"{\"quantity\": 12, \"note\": \"delivery 4711\"}");

		assertThat(restocked).hasStatusOk();
		String json = body(restocked);
		assertThat(JsonPath.<Integer>read(json, "$.quantity")).isEqualTo(12);
		assertThat(JsonPath.<Integer>read(json, "$.available")).isEqualTo(12);
		assertThat(JsonPath.<String>read(json, "$.stock_status")).isEqualTo("IN_STOCK");
		assertThat(JsonPath.<String>read(json, "$.last_restocked_at")).isNotBlank();
		assertThat(this.catalog.findProduct(lamp).orElseThrow().stockStatus()).isEqualTo(StockStatus.IN_STOCK);

		QueryCounter.reset();
		MvcTestResult shown = get("/api/v1/products/{id}/inventory", this.shop.bearer(), lamp);
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
		assertThat(shown).hasStatusOk().bodyJson().extractingPath("$.quantity").isEqualTo(12);
	}

	@Test
	void refusesInvalidRestocksAndWritesNothing() {
		UUID lamp = this.fixtures.product(this.shop);
		String path = "/api/v1/products/{id}/inventory/restock";

		assertInvalid(post(path, this.shop.bearer(), lamp, "{\"quantity\": 0}"), "quantity");
		assertInvalid(post(path, this.shop.bearer(), lamp, "{\"quantity\": -4}"), "quantity");
		assertInvalid(post(path, this.shop.bearer(), lamp, "{\"note\": \"nothing\"}"), "quantity");
		assertInvalid(post(path, this.shop.bearer(), lamp, "{\"quantity\": \"many\"}"), "quantity");
		assertInvalid(post(path, this.shop.bearer(), lamp, "{\"quantity\": 1000000001}"), "quantity");
		assertInvalid(
				post(path, this.shop.bearer(), lamp, "{\"quantity\": 3, \"note\": \"%s\"}".formatted("n".repeat(501))),
				"note");
		assertThat(post(path, this.shop.bearer(), lamp, "{\"quantity\": 3, \"price\": 1}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("price");
		assertThat(post(path, this.shop.bearer(), lamp, "{\"quantity\": 3")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("malformed_json");

		assertThat(this.fixtures.hasStockRow(lamp)).isFalse();
		assertThat(this.fixtures.movementCount(lamp)).isZero();
	}

	@Test
	void adjustsTheQuantityButNeverBelowTheReservedUnits() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		this.inventory.reserve(List.of(new StockLine(lamp, 4)), "order-" + UUID.randomUUID());
		String path = "/api/v1/products/{id}/inventory/adjust";

		MvcTestResult adjusted = post(path, this.shop.bearer(), lamp, "{\"delta\": -5, \"reason\": \"water damage\"}");
		assertThat(adjusted).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(adjusted), "$.quantity")).isEqualTo(5);
		assertThat(JsonPath.<Integer>read(body(adjusted), "$.available")).isEqualTo(1);
		long movements = this.fixtures.movementCount(lamp);

		MvcTestResult refused = post(path, this.shop.bearer(), lamp, "{\"delta\": -2, \"reason\": \"stock count\"}");
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(JsonPath.<String>read(body(refused), "$.code")).isEqualTo("insufficient_stock");
		assertThat(JsonPath.<String>read(body(refused), "$.errors[0].field")).isEqualTo("delta");

		assertThat(post(path, this.shop.bearer(), lamp, "{\"delta\": -20, \"reason\": \"gone\"}"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(post(path, this.shop.bearer(), lamp, "{\"delta\": 3, \"reason\": \"found a box\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.quantity")
			.isEqualTo(8);
		assertThat(this.fixtures.movementCount(lamp)).isEqualTo(movements + 1);
	}

	@Test
	void refusesInvalidAdjustmentsAndWritesNothing() {
		UUID fresh = this.fixtures.product(this.shop);
		String path = "/api/v1/products/{id}/inventory/adjust";

		assertInvalid(post(path, this.shop.bearer(), fresh, "{\"delta\": 0, \"reason\": \"nothing\"}"), "delta");
		assertInvalid(post(path, this.shop.bearer(), fresh, "{\"delta\": 2}"), "reason");
		assertInvalid(post(path, this.shop.bearer(), fresh, "{\"delta\": 2, \"reason\": \"  \"}"), "reason");
		assertInvalid(post(path, this.shop.bearer(), fresh, "{\"reason\": \"count\"}"), "delta");
		assertThat(post(path, this.shop.bearer(), fresh, "{\"delta\": -1, \"reason\": \"count\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("insufficient_stock");

		assertThat(this.fixtures.hasStockRow(fresh)).isFalse();
		assertThat(this.fixtures.movementCount(fresh)).isZero();
	}

	@Test
	void changesTheLowStockThreshold() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 8);
		String path = "/api/v1/products/{id}/inventory";

		MvcTestResult changed = patch(path, this.shop.bearer(), lamp, "{\"low_stock_threshold\": 10}");

		assertThat(changed).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(changed), "$.low_stock_threshold")).isEqualTo(10);
		assertThat(JsonPath.<String>read(body(changed), "$.stock_status")).isEqualTo("LOW_STOCK");
		assertThat(this.catalog.findProduct(lamp).orElseThrow().stockStatus()).isEqualTo(StockStatus.LOW_STOCK);

		assertInvalid(patch(path, this.shop.bearer(), lamp, "{\"low_stock_threshold\": -1}"), "low_stock_threshold");
		assertInvalid(patch(path, this.shop.bearer(), lamp, "{}"), "low_stock_threshold");
		assertThat(patch(path, this.shop.bearer(), lamp, "{\"low_stock_threshold\": 3, \"quantity\": 99}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.stockKeeping.stock(this.shop.user(), lamp).lowStockThreshold()).isEqualTo(10);

		UUID fresh = this.fixtures.product(this.shop);
		assertThat(patch(path, this.shop.bearer(), fresh, "{\"low_stock_threshold\": 0}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.stock_status")
			.isEqualTo("OUT_OF_STOCK");
	}

	@Test
	void listsMovementsNewestFirstPageByPage() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 10);
		String order = "order-" + UUID.randomUUID();
		this.inventory.reserve(List.of(new StockLine(lamp, 2)), order);
		this.inventory.commit(order);
		this.stockKeeping.adjust(this.shop.user(), lamp, -1, "dropped");
		this.stockKeeping.restock(this.shop.user(), lamp, 5, null);

		QueryCounter.reset();
		MvcTestResult first = get("/api/v1/products/{id}/inventory/movements?page_size=2", this.shop.bearer(), lamp);
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);

		assertThat(first).hasStatusOk();
		String json = body(first);
		assertThat(JsonPath.<List<String>>read(json, "$.results[*].reason")).containsExactly("RESTOCK", "ADJUSTMENT");
		assertThat(JsonPath.<Integer>read(json, "$.results[1].delta_quantity")).isEqualTo(-1);
		assertThat(JsonPath.<String>read(json, "$.results[1].note")).isEqualTo("dropped");
		assertThat(JsonPath.<String>read(json, "$.results[1].actor_id")).isEqualTo(this.shop.id().toString());
		assertThat(JsonPath.<Object>read(json, "$.previous")).isNull();
		String next = JsonPath.read(json, "$.next");

		QueryCounter.reset();
		MvcTestResult second = get(next, this.shop.bearer());
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
		String secondJson = body(second);
		assertThat(JsonPath.<List<String>>read(secondJson, "$.results[*].reason")).containsExactly("COMMIT", "RESERVE");
		assertThat(JsonPath.<String>read(secondJson, "$.results[0].reference")).isEqualTo(order);
		assertThat(JsonPath.<Integer>read(secondJson, "$.results[0].delta_reserved")).isEqualTo(-2);

		String third = JsonPath.read(secondJson, "$.next");
		assertThat(JsonPath.<List<String>>read(body(get(third, this.shop.bearer())), "$.results[*].reason"))
			.containsExactly("RESTOCK");

		String previous = JsonPath.read(secondJson, "$.previous");
		assertThat(JsonPath.<List<String>>read(body(get(previous, this.shop.bearer())), "$.results[*].reason"))
			.containsExactly("RESTOCK", "ADJUSTMENT");
	}

	@Test
	void refusesMalformedCursorsAndPageSizes() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 1);
		String path = "/api/v1/products/{id}/inventory/movements";

		assertThat(get(path + "?cursor=not-a-cursor", this.shop.bearer(), lamp)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_cursor");
		assertInvalid(get(path + "?page_size=0", this.shop.bearer(), lamp), "page_size");
		assertInvalid(get(path + "?page_size=101", this.shop.bearer(), lamp), "page_size");
		assertThat(get("/api/v1/inventory/low-stock?cursor=bm9wZQ", this.shop.bearer()))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void hidesProductsFromEveryoneButTheirShopkeeperAndAdmins() {
		UUID lamp = this.fixtures.stockedProduct(this.shop, 3);
		Shop rival = this.fixtures.shop();
		Session customer = this.accounts.customer();
		UUID deleted = this.fixtures.stockedProduct(this.shop, 3);
		this.products.deleteProduct(this.shop.user(), deleted);

		for (String bearer : List.of(rival.bearer(), customer.bearer())) {
			assertNotFound(get("/api/v1/products/{id}/inventory", bearer, lamp));
			assertNotFound(get("/api/v1/products/{id}/inventory/movements", bearer, lamp));
			assertNotFound(post("/api/v1/products/{id}/inventory/restock", bearer, lamp, "{\"quantity\": 1}"));
			assertNotFound(
					post("/api/v1/products/{id}/inventory/adjust", bearer, lamp, "{\"delta\": 1, \"reason\": \"x\"}"));
			assertNotFound(patch("/api/v1/products/{id}/inventory", bearer, lamp, "{\"low_stock_threshold\": 1}"));
		}
		assertNotFound(get("/api/v1/products/{id}/inventory", this.shop.bearer(), UUID.randomUUID()));
		assertNotFound(get("/api/v1/products/{id}/inventory", this.shop.bearer(), deleted));
		assertNotFound(
				post("/api/v1/products/{id}/inventory/restock", this.shop.bearer(), deleted, "{\"quantity\": 1}"));
		assertThat(this.stockKeeping.stock(this.shop.user(), lamp).quantity()).isEqualTo(3);

		assertThat(get("/api/v1/products/{id}/inventory", this.fixtures.admin().bearer(), lamp)).hasStatusOk();
		assertThat(post("/api/v1/products/{id}/inventory/restock", this.fixtures.admin().bearer(), lamp,
				"{\"quantity\": 2}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.quantity")
			.isEqualTo(5);
	}

	@Test
	void refusesAnonymousCallers() {
		UUID lamp = this.fixtures.product(this.shop);

		assertUnauthorized(this.mvc.get().uri("/api/v1/products/{id}/inventory", lamp).exchange());
		assertUnauthorized(this.mvc.get().uri("/api/v1/products/{id}/inventory/movements", lamp).exchange());
		assertUnauthorized(this.mvc.post()
			.uri("/api/v1/products/{id}/inventory/restock", lamp)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\": 1}")
			.exchange());
		assertUnauthorized(this.mvc.get().uri("/api/v1/inventory/low-stock").exchange());
		assertThat(this.fixtures.hasStockRow(lamp)).isFalse();
	}

	@Test
	void listsLowStockOfTheCallersShopOrEveryShopForAdmins() {
		UUID low = this.fixtures.stockedProduct(this.shop, 3);
		UUID empty = this.fixtures.stockedProduct(this.shop, 1);
		this.stockKeeping.adjust(this.shop.user(), empty, -1, "sold at the counter");
		UUID plenty = this.fixtures.stockedProduct(this.shop, 50);
		Shop rival = this.fixtures.shop();
		UUID rivals = this.fixtures.stockedProduct(rival, 2);

		QueryCounter.reset();
		MvcTestResult mine = get("/api/v1/inventory/low-stock", this.shop.bearer());
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);

		assertThat(mine).hasStatusOk();
		String json = body(mine);
		assertThat(JsonPath.<List<String>>read(json, "$.results[*].product_id")).containsExactly(empty.toString(),
				low.toString());
		assertThat(JsonPath.<String>read(json, "$.results[1].stock_status")).isEqualTo("LOW_STOCK");
		assertThat(JsonPath.<String>read(json, "$.results[1].sku")).startsWith("LAMP-");
		assertThat(JsonPath.<Integer>read(json, "$.results[1].available")).isEqualTo(3);

		MvcTestResult firstPage = get("/api/v1/inventory/low-stock?page_size=1", this.shop.bearer());
		assertThat(JsonPath.<List<String>>read(body(firstPage), "$.results[*].product_id"))
			.containsExactly(empty.toString());
		assertThat(JsonPath.<List<String>>read(body(get(JsonPath.read(body(firstPage), "$.next"), this.shop.bearer())),
				"$.results[*].product_id"))
			.containsExactly(low.toString());

		String all = body(get("/api/v1/inventory/low-stock?page_size=100", this.fixtures.admin().bearer()));
		assertThat(JsonPath.<List<String>>read(all, "$.results[*].product_id"))
			.contains(low.toString(), empty.toString(), rivals.toString())
			.doesNotContain(plenty.toString());

		assertThat(get("/api/v1/inventory/low-stock", this.accounts.customer().bearer()))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult get(String path, String bearer, Object... variables) {
		return this.mvc.get().uri(path, variables).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
	}

	private MvcTestResult post(String path, String bearer, UUID productId, String json) {
		return this.mvc.post()
			.uri(path, productId)
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult patch(String path, String bearer, UUID productId, String json) {
		return this.mvc.patch()
			.uri(path, productId)
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).contains(field);
	}

	private static void assertNotFound(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("product_not_found");
	}

	private static void assertUnauthorized(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
