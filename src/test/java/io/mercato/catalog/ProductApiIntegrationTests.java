package io.mercato.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.shared.web.Cursor;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static io.mercato.accounts.AccountsFixtures.uniqueEmail;
import static io.mercato.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

@MercatoApiTest
class ProductApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcClient jdbc;

	AccountsFixtures accounts;

	CatalogFixtures fixtures;

	Session shopkeeper;

	UUID category;

	@BeforeEach
	void setUp() {
		this.fixtures = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = this.fixtures.accounts();
		this.shopkeeper = this.fixtures.verifiedShopkeeper();
		this.category = this.fixtures.category("Lamps " + UUID.randomUUID(), null);
	}

	@Test
	void listsAProductOfAVerifiedShopkeeperWithAStableSlug() {
		String sku = uniqueSku().toLowerCase();
		MvcTestResult created = this.fixtures.send(this.shopkeeper, this.mvc.post().uri("/api/v1/products"), """
				{"name": "  Brass Desk Lamp  ", "description": "A lamp of solid brass.", "category_id": "%s",
				 "price": "49.90", "compare_at_price": "59.90", "cost_price": "20.00", "sku": "%s",
				 "status": "PUBLISHED", "is_featured": true,
				 "images": [{"url": "https://img.example.com/lamp-1.jpg", "alt_text": "front"},
				            {"url": "https://img.example.com/lamp-2.jpg"}]}""".formatted(this.category, sku));

		assertThat(created).hasStatus(HttpStatus.CREATED);
		String json = body(created);
		String id = JsonPath.read(json, "$.id");
		assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/products/" + id);
		assertThat(JsonPath.<String>read(json, "$.name")).isEqualTo("Brass Desk Lamp");
		assertThat(JsonPath.<String>read(json, "$.slug")).startsWith("brass-desk-lamp");
		assertThat(JsonPath.<String>read(json, "$.sku")).isEqualTo(sku.toUpperCase());
		assertThat(JsonPath.<String>read(json, "$.price")).isEqualTo("49.90");
		assertThat(JsonPath.<String>read(json, "$.cost_price")).isEqualTo("20.00");
		assertThat(JsonPath.<String>read(json, "$.shop_name")).isEqualTo("Lantern Lighting");
		assertThat(JsonPath.<Boolean>read(json, "$.in_stock")).isFalse();
		assertThat(JsonPath.<List<String>>read(json, "$.images[*].url"))
			.containsExactly("https://img.example.com/lamp-1.jpg", "https://img.example.com/lamp-2.jpg");
		String slug = JsonPath.read(json, "$.slug");

		MvcTestResult renamed = this.fixtures.send(this.shopkeeper, this.mvc.patch().uri("/api/v1/products/{id}", id),
				"{\"name\": \"Copper Desk Lamp\"}");
		assertThat(renamed).hasStatusOk().bodyJson().extractingPath("$.slug").isEqualTo(slug);

		MvcTestResult bySlug = this.mvc.get().uri("/api/v1/products/{slug}", slug).exchange();
		assertThat(bySlug).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Copper Desk Lamp");
		assertThat(body(bySlug)).doesNotContain("cost_price");
		assertThat(bySlug).bodyJson().extractingPath("$.category_path[0].id").isEqualTo(this.category.toString());
	}

	@Test
	void refusesUnverifiedShopkeepersCustomersAndAnonymousCallers() {
		String email = uniqueEmail("unverified");
		this.accounts.registerShopkeeper(email);
		Session unverified = this.accounts.login(email);
		String json = """
				{"name": "Lamp", "category_id": "%s", "price": "10.00", "sku": "%s"}""".formatted(this.category,
				uniqueSku());

		assertThat(this.fixtures.send(unverified, this.mvc.post().uri("/api/v1/products"), json))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("shopkeeper_not_verified");
		assertThat(this.fixtures.send(this.accounts.customer(), this.mvc.post().uri("/api/v1/products"), json))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/api/v1/products").contentType("application/json").content(json))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(productCount(unverified.userId())).isZero();
	}

	@Test
	void answersAnotherShopkeepersProductAsNotFoundButLetsAdminsChangeIt() {
		UUID product = this.fixtures.product(this.shopkeeper, this.category, "Floor Lamp", "120.00");
		Session other = this.fixtures.verifiedShopkeeper();

		assertThat(this.fixtures.send(other, this.mvc.patch().uri("/api/v1/products/{id}", product),
				"{\"price\": \"1.00\"}"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("product_not_found");
		assertThat(this.fixtures.send(other, this.mvc.delete().uri("/api/v1/products/{id}", product)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.fixtures.send(this.fixtures.admin(), this.mvc.patch().uri("/api/v1/products/{id}", product),
				"{\"price\": \"99.00\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.price")
			.isEqualTo("99.00");
		assertThat(this.catalog.findProduct(product).orElseThrow().price().toString()).isEqualTo("99.00");
	}

	@Test
	void replacesEveryFieldWithPutAndKeepsOthersWithPatch() {
		UUID brand = this.fixtures.brand("Lumen " + UUID.randomUUID());
		UUID product = this.fixtures.product(this.shopkeeper, """
				{"name": "Wall Lamp", "description": "Bright", "category_id": "%s", "brand_id": "%s",
				 "price": "30.00", "sku": "%s", "status": "PUBLISHED",
				 "images": [{"url": "https://img.example.com/wall.jpg"}]}""".formatted(this.category, brand,
				uniqueSku()));

		MvcTestResult patched = this.fixtures.send(this.shopkeeper,
				this.mvc.patch().uri("/api/v1/products/{id}", product), "{\"description\": \"Brighter\"}");
		assertThat(patched).hasStatusOk();
		assertThat(JsonPath.<String>read(body(patched), "$.brand.id")).isEqualTo(brand.toString());
		assertThat(JsonPath.<List<String>>read(body(patched), "$.images[*].url")).hasSize(1);

		String sku = uniqueSku();
		// a replacement sets every field: leaving the status out would take the product
		// off sale unasked
		MvcTestResult withoutStatus = this.fixtures.send(this.shopkeeper,
				this.mvc.put().uri("/api/v1/products/{id}", product), """
						{"name": "Wall Lamp II", "category_id": "%s", "price": "35.00", "sku": "%s"}"""
					.formatted(this.category, sku));
		assertThat(withoutStatus).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("status");
		MvcTestResult replaced = this.fixtures.send(this.shopkeeper,
				this.mvc.put().uri("/api/v1/products/{id}", product), """
						{"name": "Wall Lamp II", "category_id": "%s", "price": "35.00", "sku": "%s",
						 "status": "DRAFT"}""".formatted(this.category, sku));
		assertThat(replaced).hasStatusOk();
		String json = body(replaced);
		assertThat(JsonPath.<String>read(json, "$.description")).isEmpty();
		assertThat(JsonPath.<List<String>>read(json, "$.images")).isEmpty();
		assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("DRAFT");
		assertThat(json).doesNotContain("\"brand\"");
		assertThat(JsonPath.<String>read(json, "$.sku")).isEqualTo(sku);
	}

	@Test
	void refusesToTurnAnArchivedProductBackIntoADraftOrAListing() {
		UUID product = this.fixtures.product(this.shopkeeper, this.category, "Old Lamp", "40.00");
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.patch().uri("/api/v1/products/{id}", product),
				"{\"status\": \"ARCHIVED\"}"))
			.hasStatusOk();

		MvcTestResult revived = this.fixtures.send(this.shopkeeper,
				this.mvc.patch().uri("/api/v1/products/{id}", product), "{\"status\": \"DRAFT\", \"price\": \"1.00\"}");
		assertThat(revived).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_transition");
		assertThat(JsonPath.<String>read(body(revived), "$.detail")).contains("ARCHIVED").contains("DRAFT");
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.put().uri("/api/v1/products/{id}", product), """
				{"name": "Old Lamp", "category_id": "%s", "price": "40.00", "sku": "%s", "status": "DRAFT"}"""
			.formatted(this.category, uniqueSku()))).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.fixtures.send(this.fixtures.admin(), this.mvc.patch().uri("/api/v1/products/{id}", product),
				"{\"status\": \"PUBLISHED\"}"))
			.hasStatus(HttpStatus.CONFLICT);

		assertThat(this.catalog.findProduct(product).orElseThrow())
			.extracting(ProductSnapshot::status, (snapshot) -> snapshot.price().toString())
			.containsExactly(ProductStatus.ARCHIVED, "40.00");
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.patch().uri("/api/v1/products/{id}", product),
				"{\"description\": \"Kept for the records\"}"))
			.hasStatusOk();
	}

	@Test
	void keepsAWeightAndGivesOtherModulesTheProductWithItsPictureAndCategoryAncestors() {
		UUID lighting = this.fixtures.category("Lighting " + UUID.randomUUID(), this.category);
		MvcTestResult created = this.fixtures.send(this.shopkeeper, this.mvc.post().uri("/api/v1/products"), """
				{"name": "Heavy Lamp", "category_id": "%s", "price": "30.00", "sku": "%s", "status": "PUBLISHED",
				 "weight_grams": 2500, "images": [{"url": "https://img.example.com/first.jpg"},
				 {"url": "https://img.example.com/second.jpg"}]}""".formatted(lighting, uniqueSku()));
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.weight_grams").isEqualTo(2500);
		UUID product = UUID.fromString(JsonPath.read(body(created), "$.id"));

		ProductSnapshot snapshot = this.catalog.findProducts(List.of(product)).get(0);
		assertThat(snapshot.weightGrams()).isEqualTo(2500);
		assertThat(snapshot.imageUrl()).isEqualTo("https://img.example.com/first.jpg");
		assertThat(snapshot.categoryIds()).startsWith(lighting, this.category);
		assertThat(snapshot.slug()).startsWith("heavy-lamp");

		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.patch().uri("/api/v1/products/{id}", product),
				"{\"weight_grams\": 0}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("weight_grams");
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.put().uri("/api/v1/products/{id}", product),
				"""
						{"name": "Heavy Lamp", "category_id": "%s", "price": "30.00", "sku": "%s", "status": "PUBLISHED"}"""
					.formatted(lighting, snapshot.sku())))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.weight_grams")
			.isNull();
	}

	@Test
	void deletesSoftlySoTheProductLeavesListsButItsRowStays() {
		UUID product = this.fixtures.product(this.shopkeeper, this.category, "Reading Lamp", "25.00");
		assertThat(this.mvc.get().uri("/api/v1/products/{id}", product)).hasStatusOk();

		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.delete().uri("/api/v1/products/{id}", product)))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/products/{id}", product)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(listIds("/api/v1/products?category=" + this.category)).doesNotContain(product.toString());
		assertThat(this.catalog.findProduct(product)).isEmpty();
		assertThat(this.jdbc.sql("select deleted_at is not null from catalog.product where id = ?")
			.param(product)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.delete().uri("/api/v1/products/{id}", product)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void showsDraftsOnlyToTheirOwnerAndAdmins() {
		UUID draft = this.fixtures.product(this.shopkeeper, """
				{"name": "Prototype Lamp", "category_id": "%s", "price": "80.00", "cost_price": "12.00",
				 "sku": "%s"}""".formatted(this.category, uniqueSku()));

		assertThat(this.mvc.get().uri("/api/v1/products/{id}", draft)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.fixtures.send(this.accounts.customer(), this.mvc.get().uri("/api/v1/products/{id}", draft)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.fixtures.send(this.shopkeeper, this.mvc.get().uri("/api/v1/products/{id}", draft)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.cost_price")
			.isEqualTo("12.00");
		assertThat(listIds("/api/v1/products?category=" + this.category)).doesNotContain(draft.toString());
		assertThat(listIds(this.shopkeeper, "/api/v1/products?mine=true&status=DRAFT"))
			.containsExactly(draft.toString());
		assertThat(listIds(this.fixtures.admin(), "/api/v1/products?status=DRAFT&category=" + this.category))
			.containsExactly(draft.toString());

		assertThat(this.mvc.get().uri("/api/v1/products?status=DRAFT")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("status");
		assertThat(this.fixtures.send(this.accounts.customer(), this.mvc.get().uri("/api/v1/products?mine=true")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesInvalidProductsWithFieldErrorsAndWritesNothing() {
		Session shop = this.fixtures.verifiedShopkeeper();
		String sku = uniqueSku();
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "-1.00", "sku": "%s"}""".formatted(this.category, sku),
				"price");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "0.00", "sku": "%s"}""".formatted(this.category, sku),
				"price");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "10.00", "compare_at_price": "10.00", "sku": "%s"}"""
			.formatted(this.category, sku), "compare_at_price");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "10.00", "sku": "%s"}""".formatted(UUID.randomUUID(),
				sku), "category_id");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "brand_id": "%s", "price": "10.00", "sku": "%s"}"""
			.formatted(this.category, UUID.randomUUID(), sku), "brand_id");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "10.00", "sku": "no spaces allowed"}"""
			.formatted(this.category), "sku");
		assertFieldError(shop, """
				{"name": "La", "category_id": "%s", "price": "10.00", "sku": "%s"}""".formatted(this.category, sku),
				"name");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "10.001", "sku": "%s"}""".formatted(this.category, sku),
				"price");
		assertFieldError(shop, """
				{"name": "Lamp", "category_id": "%s", "price": "10.00", "sku": "%s",
				 "images": [{"url": "ftp://img.example.com/a.jpg"}]}""".formatted(this.category, sku), "images[0].url");
		assertThat(this.fixtures.send(shop, this.mvc.post().uri("/api/v1/products"), """
				{"name": "Lamp", "category_id": "%s", "price": "10.00", "sku": "%s", "shopkeeper_id": "%s"}"""
			.formatted(this.category, sku, UUID.randomUUID()))).hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(productCount(shop.userId())).isZero();
	}

	@Test
	void refusesASkuAnotherLiveProductHas() {
		String sku = uniqueSku();
		this.fixtures.product(this.shopkeeper, """
				{"name": "Desk Lamp", "category_id": "%s", "price": "10.00", "sku": "%s"}""".formatted(this.category,
				sku));

		assertThat(this.fixtures.send(this.fixtures.verifiedShopkeeper(), this.mvc.post().uri("/api/v1/products"),
				"""
						{"name": "Desk Lamp", "category_id": "%s", "price": "10.00", "sku": "%s"}"""
					.formatted(this.category, sku.toLowerCase())))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("sku_taken");
	}

	@Test
	void refusesInvalidListParametersWithAFieldError() {
		String[][] cases = { { "page_size=1000", "page_size" }, { "page_size=0", "page_size" },
				{ "ordering=popularity", "ordering" }, { "ordering=-relevance", "ordering" },
				{ "cursor=garbage", "cursor" }, { "category=" + UUID.randomUUID(), "category" },
				{ "brand=" + UUID.randomUUID(), "brand" }, { "category=not-a-uuid", "category" },
				{ "min_price=abc", "min_price" }, { "min_price=10.00&max_price=5.00", "min_price" },
				{ "status=SOLD", "status" }, { "in_stock=maybe", "in_stock" }, { "search=a%00b", "search" },
				{ "cursor=" + forgedCursor("-created_at", "+1000000000-01-01T00:00:00Z"), "cursor" },
				{ "ordering=price&cursor=" + forgedCursor("price", "1E+99999"), "cursor" },
				{ "ordering=name&cursor=" + forgedCursor("name", "a\u0000b"), "cursor" } };
		for (String[] invalid : cases) {
			// a URI, not a template: the query is sent as written, percent escapes
			// included
			MvcTestResult result = this.mvc.get().uri(URI.create("/api/v1/products?" + invalid[0])).exchange();
			assertThat(result).as(invalid[0]).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).as(invalid[0]).hasContentType("application/problem+json");
			assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).as(invalid[0])
				.containsExactly(invalid[1]);
		}
	}

	@Test
	void filtersByCategoryTreeBrandPriceFeaturedStockAndShopkeeper() {
		UUID child = this.fixtures.category("Desk lamps " + UUID.randomUUID(), this.category);
		UUID grandchild = this.fixtures.category("Banker lamps " + UUID.randomUUID(), child);
		UUID brand = this.fixtures.brand("Glow " + UUID.randomUUID());
		UUID inTop = this.fixtures.product(this.shopkeeper, this.category, "Top Lamp", "10.00");
		UUID inGrandchild = this.fixtures.product(this.shopkeeper, """
				{"name": "Green Banker Lamp", "category_id": "%s", "brand_id": "%s", "price": "70.00", "sku": "%s",
				 "status": "PUBLISHED", "is_featured": true}""".formatted(grandchild, brand, uniqueSku()));
		this.catalog.changeStockStatus(inGrandchild, StockStatus.LOW_STOCK);

		assertThat(listIds("/api/v1/products?category=" + this.category)).containsExactlyInAnyOrder(inTop.toString(),
				inGrandchild.toString());
		assertThat(listIds("/api/v1/products?category=" + child)).containsExactly(inGrandchild.toString());
		assertThat(listIds("/api/v1/products?category=%s&brand=%s".formatted(this.category, brand)))
			.containsExactly(inGrandchild.toString());
		assertThat(listIds("/api/v1/products?category=%s&min_price=50.00".formatted(this.category)))
			.containsExactly(inGrandchild.toString());
		assertThat(listIds("/api/v1/products?category=%s&max_price=10.00".formatted(this.category)))
			.containsExactly(inTop.toString());
		assertThat(listIds("/api/v1/products?category=%s&is_featured=true".formatted(this.category)))
			.containsExactly(inGrandchild.toString());
		assertThat(listIds("/api/v1/products?category=%s&in_stock=true".formatted(this.category)))
			.containsExactly(inGrandchild.toString());
		assertThat(listIds("/api/v1/products?category=%s&in_stock=false".formatted(this.category)))
			.containsExactly(inTop.toString());
		assertThat(listIds("/api/v1/products?shopkeeper=" + this.shopkeeper.userId()))
			.containsExactlyInAnyOrder(inTop.toString(), inGrandchild.toString());

		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/products?category={category}&brand={brand}", this.category, brand)
			.exchange();
		assertThat(list).bodyJson().extractingPath("$.results[0].brand_name").asString().startsWith("Glow");
		assertThat(list).bodyJson().extractingPath("$.results[0].in_stock").isEqualTo(true);
		assertThat(list).bodyJson().extractingPath("$.results[0].stock_status").isEqualTo("LOW_STOCK");

		String detail = okBody("/api/v1/products/" + inGrandchild);
		assertThat(JsonPath.<List<String>>read(detail, "$.category_path[*].id"))
			.containsExactly(this.category.toString(), child.toString(), grandchild.toString());
		assertThat(JsonPath.<String>read(detail, "$.category_path[2].name")).startsWith("Banker lamps");
		assertThat(JsonPath.<String>read(detail, "$.brand.id")).isEqualTo(brand.toString());
	}

	@Test
	void searchesNamesDescriptionsAndSkusRankingTheBestMatchFirst() {
		String word = "zephyr" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
		UUID inName = this.fixtures.product(this.shopkeeper, """
				{"name": "%s Table Lamp", "category_id": "%s", "price": "10.00", "sku": "%s", "status": "PUBLISHED"}"""
			.formatted(word, this.category, uniqueSku()));
		UUID inDescription = this.fixtures.product(this.shopkeeper, """
				{"name": "Plain Lamp", "description": "Inspired by the %s wind", "category_id": "%s",
				 "price": "10.00", "sku": "%s", "status": "PUBLISHED"}""".formatted(word, this.category, uniqueSku()));
		String sku = "ZX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		UUID bySku = this.fixtures.product(this.shopkeeper, """
				{"name": "Other Lamp", "category_id": "%s", "price": "10.00", "sku": "%s", "status": "PUBLISHED"}"""
			.formatted(this.category, sku));

		assertThat(listIds("/api/v1/products?search=" + word)).containsExactly(inName.toString(),
				inDescription.toString());
		assertThat(listIds("/api/v1/products?search=" + sku.toLowerCase().substring(0, 7)))
			.containsExactly(bySku.toString());
		assertThat(listIds("/api/v1/products?ordering=price&search=" + word)).hasSize(2);

		// the next link keeps the words as they were sent, encoded once
		MvcTestResult first = this.mvc.get()
			.uri("/api/v1/products?page_size=1&search={terms}", word + " lamp")
			.exchange();
		assertThat(JsonPath.<List<String>>read(body(first), "$.results[*].id")).containsExactly(inName.toString());
		String next = JsonPath.read(body(first), "$.next");
		assertThat(next).contains("search=" + word + "%20lamp");
		assertThat(JsonPath.<List<String>>read(okBody(next), "$.results[*].id"))
			.containsExactly(inDescription.toString());
	}

	@Test
	void walksEveryOrderingForwardsAndBackwardsWithCursors() {
		List<String> created = new ArrayList<>();
		String[] prices = { "30.00", "10.00", "20.00", "10.00", "50.00", "40.00", "20.00" };
		for (int i = 0; i < prices.length; i++) {
			created.add(this.fixtures.product(this.shopkeeper, this.category, "Lamp " + (char) ('G' - i), prices[i])
				.toString());
		}
		for (String ordering : new String[] { "-created_at", "created_at", "price", "-price", "name", "-name" }) {
			String base = "/api/v1/products?category=%s&ordering=%s".formatted(this.category, ordering);
			List<String> all = listIds(base + "&page_size=100");
			assertThat(all).as(ordering).containsExactlyInAnyOrderElementsOf(created);

			List<String> walked = new ArrayList<>();
			String next = base + "&page_size=3";
			String last = null;
			while (next != null) {
				String json = okBody(next);
				walked.addAll(JsonPath.read(json, "$.results[*].id"));
				last = next;
				next = JsonPath.read(json, "$.next");
			}
			assertThat(walked).as(ordering).containsExactlyElementsOf(all);

			List<String> back = new ArrayList<>();
			String json = okBody(last);
			String previous = JsonPath.read(json, "$.previous");
			while (previous != null) {
				json = okBody(previous);
				back.addAll(0, JsonPath.read(json, "$.results[*].id"));
				previous = JsonPath.read(json, "$.previous");
			}
			assertThat(back).as(ordering).containsExactlyElementsOf(all.subList(0, back.size()));
			assertThat(back.size()).as(ordering).isEqualTo(all.size() - (all.size() % 3 == 0 ? 3 : all.size() % 3));
		}
		String priceCursor = JsonPath.read(body(this.mvc.get()
			.uri("/api/v1/products?category={category}&ordering=price&page_size=2", this.category)
			.exchange()), "$.next");
		assertThat(this.mvc.get().uri(priceCursor.replace("ordering=price", "ordering=-name")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void listsAndShowsWithinTheirQueryBudgets() {
		UUID brand = this.fixtures.brand("Budget " + UUID.randomUUID());
		UUID last = null;
		for (int i = 0; i < 8; i++) {
			last = this.fixtures.product(this.shopkeeper, """
					{"name": "Budget Lamp %d", "category_id": "%s", "brand_id": "%s", "price": "1%d.00", "sku": "%s",
					 "status": "PUBLISHED", "images": [{"url": "https://img.example.com/%d.jpg"}]}""".formatted(i,
					this.category, brand, i, uniqueSku(), i));
		}
		for (String query : new String[] { "page_size=1", "page_size=100", "search=budget&page_size=100",
				"category=%s&brand=%s&page_size=100".formatted(this.category, brand) }) {
			QueryCounter.reset();
			assertThat(this.mvc.get().uri("/api/v1/products?" + query)).hasStatusOk();
			assertThat(QueryCounter.count()).as(query).isLessThanOrEqualTo(3);
		}
		// changing a product empties the cache, so this detail is read from the database
		this.fixtures.send(this.shopkeeper, this.mvc.patch().uri("/api/v1/products/{id}", last),
				"{\"price\": \"99.00\"}");
		QueryCounter.reset();
		assertThat(this.mvc.get().uri("/api/v1/products/{id}", last)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.price")
			.isEqualTo("99.00");
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
		QueryCounter.reset();
		assertThat(this.mvc.get().uri("/api/v1/products/{id}", last)).hasStatusOk();
		assertThat(QueryCounter.count()).as("a cached detail").isZero();
	}

	@Test
	void refreshesTheCachedDetailWhenItsStockStatusOrCategoryChanges() {
		UUID product = this.fixtures.product(this.shopkeeper, this.category, "Cached Lamp", "15.00");
		assertThat(this.mvc.get().uri("/api/v1/products/{id}", product)).bodyJson()
			.extractingPath("$.in_stock")
			.isEqualTo(false);

		this.catalog.changeStockStatus(product, StockStatus.IN_STOCK);
		assertThat(this.fixtures.send(this.fixtures.admin(),
				this.mvc.patch().uri("/api/v1/categories/{id}", this.category), "{\"name\": \"Renamed lamps\"}"))
			.hasStatusOk();

		MvcTestResult detail = this.mvc.get().uri("/api/v1/products/{id}", product).exchange();
		assertThat(detail).bodyJson().extractingPath("$.in_stock").isEqualTo(true);
		assertThat(detail).bodyJson().extractingPath("$.category_path[0].name").isEqualTo("Renamed lamps");
	}

	private static String forgedCursor(String ordering, String key) {
		return Cursor.of(Map.of("o", ordering, "d", "next", "k", key, "id", UUID.randomUUID().toString())).encode();
	}

	@Test
	void refusesAValueTheDatabaseCannotStoreAsABadRequest() {
		MvcTestResult result = this.fixtures.send(this.shopkeeper, this.mvc.post().uri("/api/v1/products"), """
				{"name": "Nul\\u0000Lamp", "category_id": "%s", "price": "10.00", "sku": "%s"}"""
			.formatted(this.category, uniqueSku()));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_value");
		assertThat(productCount(this.shopkeeper.userId())).isZero();
	}

	private void assertFieldError(Session shop, String json, String field) {
		MvcTestResult result = this.fixtures.send(shop, this.mvc.post().uri("/api/v1/products"), json);
		assertThat(result).as(json).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).as(json).contains(field);
	}

	private String okBody(String uri) {
		MvcTestResult result = this.mvc.get().uri(URI.create(uri)).exchange();
		assertThat(result).as(uri + " " + body(result)).hasStatusOk();
		return body(result);
	}

	private List<String> listIds(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return JsonPath.read(body(result), "$.results[*].id");
	}

	private List<String> listIds(Session session, String uri) {
		MvcTestResult result = this.fixtures.send(session, this.mvc.get().uri(uri));
		assertThat(result).as(uri).hasStatusOk();
		return JsonPath.read(body(result), "$.results[*].id");
	}

	private long productCount(UUID shopkeeperId) {
		return this.jdbc.sql("select count(*) from catalog.product where shopkeeper_id = ?")
			.param(shopkeeperId)
			.query(Long.class)
			.single();
	}

}
