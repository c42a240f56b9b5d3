package io.mercato.catalog;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

@MercatoApiTest
class CategoryApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	AccountsFixtures accounts;

	CatalogFixtures fixtures;

	Session admin;

	@BeforeEach
	void setUp() {
		this.fixtures = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = this.fixtures.accounts();
		this.admin = this.fixtures.admin();
	}

	@Test
	void createsCategoriesWithUniqueStableSlugsThatAnyoneReads() {
		String name = "Garden Tools " + UUID.randomUUID().toString().substring(0, 8);
		UUID first = this.fixtures.category(name, null);
		UUID second = this.fixtures.category(name, first);

		String firstJson = body(this.mvc.get().uri("/api/v1/categories/{id}", first).exchange());
		String secondJson = body(this.mvc.get().uri("/api/v1/categories/{id}", second).exchange());
		String slug = JsonPath.read(firstJson, "$.slug");
		assertThat(slug).isEqualTo(name.toLowerCase().replace(' ', '-'));
		assertThat(JsonPath.<String>read(secondJson, "$.slug")).startsWith(slug + "-").isNotEqualTo(slug);
		assertThat(JsonPath.<String>read(secondJson, "$.parent_id")).isEqualTo(first.toString());

		assertThat(this.fixtures.send(this.admin, this.mvc.patch().uri("/api/v1/categories/{id}", first),
				"{\"name\": \"Renamed\", \"is_active\": false}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.slug")
			.isEqualTo(slug);

		MvcTestResult page = this.mvc.get().uri("/api/v1/categories?page_size=1&page=1").exchange();
		assertThat(page).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(page), "$.count")).isGreaterThanOrEqualTo(2);
		assertThat(JsonPath.<List<Object>>read(body(page), "$.results")).hasSize(1);
		assertThat(this.mvc.get().uri("/api/v1/categories?page_size=1000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/categories?page=2147483647&page_size=100"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("page");
	}

	@Test
	void refusesANameOfOnlySpacesForACategoryOrABrand() {
		UUID category = this.fixtures.category("Named " + UUID.randomUUID(), null);
		UUID brand = this.fixtures.brand("Named " + UUID.randomUUID());

		for (MvcTestResult renamed : List.of(
				this.fixtures.send(this.admin, this.mvc.patch().uri("/api/v1/categories/{id}", category),
						"{\"name\": \"   \"}"),
				this.fixtures.send(this.admin, this.mvc.patch().uri("/api/v1/brands/{id}", brand),
						"{\"name\": \"   \"}"))) {
			assertThat(renamed).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("name");
		}
	}

	@Test
	void refusesAParentThatIsUnknownOrWouldMakeACycle() {
		UUID top = this.fixtures.category("Top " + UUID.randomUUID(), null);
		UUID child = this.fixtures.category("Child " + UUID.randomUUID(), top);

		for (UUID parent : new UUID[] { top, child, UUID.randomUUID() }) {
			assertThat(this.fixtures.send(this.admin, this.mvc.patch().uri("/api/v1/categories/{id}", top),
					"{\"parent_id\": \"%s\"}".formatted(parent)))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("parent_id");
		}
		assertThat(this.mvc.get().uri("/api/v1/categories/{id}", top)).bodyJson()
			.extractingPath("$.parent_id")
			.isNull();
	}

	@Test
	void refusesToDeleteACategoryThatProductsOrSubCategoriesStillName() {
		UUID category = this.fixtures.category("Kept " + UUID.randomUUID(), null);
		UUID child = this.fixtures.category("Kept child " + UUID.randomUUID(), category);
		Session shop = this.fixtures.verifiedShopkeeper();
		UUID product = this.fixtures.product(shop, child, "Trowel", "5.00");

		assertThat(this.fixtures.send(this.admin, this.mvc.delete().uri("/api/v1/categories/{id}", category)))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("category_in_use");
		// a deleted product still protects its category: old orders name it
		this.fixtures.send(shop, this.mvc.delete().uri("/api/v1/products/{id}", product));
		assertThat(this.fixtures.send(this.admin, this.mvc.delete().uri("/api/v1/categories/{id}", child)))
			.hasStatus(HttpStatus.CONFLICT);

		UUID empty = this.fixtures.category("Empty " + UUID.randomUUID(), null);
		assertThat(this.fixtures.send(this.admin, this.mvc.delete().uri("/api/v1/categories/{id}", empty)))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/categories/{id}", empty)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("category_not_found");
	}

	@Test
	void deletingABrandLeavesItsProductsWithoutOne() {
		UUID brand = this.fixtures.brand("Acme " + UUID.randomUUID());
		Session shop = this.fixtures.verifiedShopkeeper();
		UUID product = this.fixtures.product(shop, """
				{"name": "Rake", "category_id": "%s", "brand_id": "%s", "price": "15.00", "sku": "%s",
				 "status": "PUBLISHED"}""".formatted(this.fixtures.category("Rakes " + UUID.randomUUID(), null), brand,
				CatalogFixtures.uniqueSku()));
		assertThat(this.mvc.get().uri("/api/v1/products/{id}", product)).bodyJson()
			.extractingPath("$.brand.id")
			.isEqualTo(brand.toString());

		assertThat(this.fixtures.send(this.admin, this.mvc.delete().uri("/api/v1/brands/{id}", brand)))
			.hasStatus(HttpStatus.NO_CONTENT);

		MvcTestResult detail = this.mvc.get().uri("/api/v1/products/{id}", product).exchange();
		assertThat(detail).hasStatusOk();
		assertThat(body(detail)).doesNotContain("\"brand\"");
		assertThat(this.mvc.get().uri("/api/v1/brands/{id}", brand)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void changesOnlyTheBrandFieldsAPatchGives() {
		MvcTestResult created = this.fixtures.send(this.admin, this.mvc.post().uri("/api/v1/brands"),
				"{\"name\": \"Patched %s\", \"logo_url\": \"https://img.example.com/logo.png\"}"
					.formatted(UUID.randomUUID()));
		String id = JsonPath.read(body(created), "$.id");

		MvcTestResult patched = this.fixtures.send(this.admin, this.mvc.patch().uri("/api/v1/brands/{id}", id),
				"{\"name\": \"Renamed brand\"}");

		assertThat(patched).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Renamed brand");
		assertThat(patched).bodyJson().extractingPath("$.logo_url").isEqualTo("https://img.example.com/logo.png");
		assertThat(patched).bodyJson()
			.extractingPath("$.slug")
			.isEqualTo(JsonPath.<String>read(body(created), "$.slug"));
	}

	@Test
	void letsOnlyAdminsKeepCategoriesAndBrands() {
		Session customer = this.accounts.customer();
		Session shop = this.fixtures.verifiedShopkeeper();
		for (Session caller : new Session[] { customer, shop }) {
			assertThat(this.fixtures.send(caller, this.mvc.post().uri("/api/v1/categories"), "{\"name\": \"Nope\"}"))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.fixtures.send(caller, this.mvc.post().uri("/api/v1/brands"), "{\"name\": \"Nope\"}"))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.post().uri("/api/v1/brands").contentType("application/json").content("{\"name\": \"X\"}"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.fixtures.send(this.admin, this.mvc.post().uri("/api/v1/brands"),
				"{\"name\": \"Logo\", \"logo_url\": \"javascript:alert(1)\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("logo_url");
		assertThat(this.fixtures.send(this.admin, this.mvc.post().uri("/api/v1/categories"), "{\"name\": \" \"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

}
