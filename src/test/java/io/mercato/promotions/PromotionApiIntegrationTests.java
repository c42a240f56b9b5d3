package io.mercato.promotions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.ProductStatus;
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
import static io.mercato.promotions.PromotionsFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promotions' HTTP API: admins manage every promotion, verified shopkeepers their own
 * on their own products, customers none; every broken rule is a field error.
 */
@MercatoApiTest
class PromotionApiIntegrationTests {

	private static final String PROMOTIONS = "/api/v1/promotions";

	private static final String PROMOTION = "/api/v1/promotions/{id}";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	CatalogFixtures catalog;

	AccountsFixtures accounts;

	PromotionsFixtures fixtures;

	Session admin;

	Session shop;

	@BeforeEach
	void setUp() {
		this.catalog = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = this.catalog.accounts();
		this.fixtures = PromotionsFixtures.of(this.context);
		this.admin = this.catalog.admin();
		this.shop = this.catalog.verifiedShopkeeper();
	}

	@AfterEach
	void usageCountsMatchRedemptions() {
		this.fixtures.assertUsageCountsMatchRedemptions();
	}

	@Test
	void anAdminCreatesAPromotionWithAnUpperCaseCode() {
		String code = uniqueCode("spring").toLowerCase();

		MvcTestResult created = post(this.admin, json(code, "PERCENTAGE", "12.5", "\"scope\": \"ALL\""));

		assertThat(created).hasStatus(HttpStatus.CREATED);
		String json = body(created);
		String id = JsonPath.read(json, "$.id");
		assertThat(created).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/promotions/" + id);
		assertThat(JsonPath.<String>read(json, "$.code")).isEqualTo(code.toUpperCase());
		assertThat(JsonPath.<Boolean>read(json, "$.automatic")).isFalse();
		assertThat(JsonPath.<String>read(json, "$.value")).isEqualTo("12.50");
		assertThat(JsonPath.<String>read(json, "$.type")).isEqualTo("PERCENTAGE");
		assertThat(JsonPath.<Boolean>read(json, "$.is_active")).isTrue();
		assertThat(JsonPath.<Integer>read(json, "$.usage_count")).isZero();
		assertThat(JsonPath.<Object>read(json, "$.minimum_subtotal")).isNull();
		assertThat(JsonPath.<String>read(json, "$.owner_id")).isEqualTo(this.admin.userId().toString());

		assertThat(get(this.admin, PROMOTION, id)).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(id);
	}

	@Test
	void refusesBrokenRulesWithAFieldErrorEach() {
		assertFieldError(post(this.admin, json(uniqueCode("p"), "PERCENTAGE", "100.01", "\"scope\": \"ALL\"")), "value",
				"a percentage must be greater than 0 and at most 100");
		assertFieldError(post(this.admin, json(uniqueCode("f"), "FIXED", "0", "\"scope\": \"ALL\"")), "value",
				"a fixed amount must be greater than 0");
		assertFieldError(post(this.admin, """
				{"code": "%s", "name": "Backwards", "type": "FIXED", "value": "5.00", "scope": "ALL",
				 "starts_at": "2026-05-02T00:00:00Z", "ends_at": "2026-05-01T00:00:00Z"}""".formatted(uniqueCode("b"))),
				"ends_at", "must be after starts_at");
		assertFieldError(post(this.admin, json("no way!", "FIXED", "5", "\"scope\": \"ALL\"")), "code",
				"must be 3 to 32 letters, digits, dashes or underscores");
		assertFieldError(
				post(this.admin,
						json(uniqueCode("c"), "FIXED", "5",
								"\"scope\": \"CATEGORIES\", \"category_ids\": [\"%s\"]".formatted(UUID.randomUUID()))),
				"category_ids[0]", "is not an existing category");
		assertFieldError(
				post(this.admin,
						json(uniqueCode("d"), "FIXED", "5",
								"\"scope\": \"PRODUCTS\", \"product_ids\": [\"%s\"]".formatted(UUID.randomUUID()))),
				"product_ids[0]", "is not an existing product");
		assertThat(post(this.admin, json(uniqueCode("e"), "FIXED", "5", "\"scope\": \"ALL\", \"colour\": \"red\"")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aCodeIsTakenWhateverItsCase() {
		String code = uniqueCode("taken");
		assertThat(post(this.admin, json(code, "FIXED", "5", "\"scope\": \"ALL\""))).hasStatus(HttpStatus.CREATED);

		MvcTestResult again = post(this.admin, json(code.toLowerCase(), "FIXED", "5", "\"scope\": \"ALL\""));

		assertThat(again).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("promotion_code_taken");
	}

	@Test
	void aShopkeeperDiscountsOnlyTheirOwnProducts() {
		UUID category = this.catalog.category("Lamps " + UUID.randomUUID(), null);
		UUID own = this.catalog.product(CatalogFixtures.caller(this.shop), category, "25.00", ProductStatus.PUBLISHED);
		Session other = this.catalog.verifiedShopkeeper();
		UUID theirs = this.catalog.product(CatalogFixtures.caller(other), category, "25.00", ProductStatus.PUBLISHED);

		assertFieldError(post(this.shop, json(uniqueCode("all"), "FIXED", "5", "\"scope\": \"ALL\"")), "scope",
				"must be SHOPKEEPER or PRODUCTS for a shopkeeper's promotion");
		assertFieldError(
				post(this.shop,
						json(uniqueCode("cat"), "FIXED", "5",
								"\"scope\": \"CATEGORIES\", \"category_ids\": [\"%s\"]".formatted(category))),
				"scope", "must be SHOPKEEPER or PRODUCTS for a shopkeeper's promotion");
		assertFieldError(
				post(this.shop,
						json(uniqueCode("prd"), "FIXED", "5",
								"\"scope\": \"PRODUCTS\", \"product_ids\": [\"%s\", \"%s\"]".formatted(own, theirs))),
				"product_ids[1]", "is not one of your products");
		assertFieldError(
				post(this.shop,
						json(uniqueCode("shp"), "FIXED", "5",
								"\"scope\": \"SHOPKEEPER\", \"shopkeeper_id\": \"%s\"".formatted(other.userId()))),
				"shopkeeper_id", "must be your own id");

		MvcTestResult products = post(this.shop, json(uniqueCode("prd"), "PERCENTAGE", "15",
				"\"scope\": \"PRODUCTS\", \"product_ids\": [\"%s\"]".formatted(own)));
		MvcTestResult shopWide = post(this.shop, json(null, "PERCENTAGE", "5", "\"scope\": \"SHOPKEEPER\""));

		assertThat(products).hasStatus(HttpStatus.CREATED);
		assertThat(shopWide).hasStatus(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(body(shopWide), "$.shopkeeper_id")).isEqualTo(this.shop.userId().toString());
		assertThat(JsonPath.<Boolean>read(body(shopWide), "$.automatic")).isTrue();
	}

	@Test
	void aShopkeeperNeitherSeesNorChangesAnothersPromotion() {
		String id = created(this.shop, json(uniqueCode("mine"), "FIXED", "5", "\"scope\": \"SHOPKEEPER\""));
		Session other = this.catalog.verifiedShopkeeper();
		String patch = "{\"is_active\": false}";

		assertNotFound(get(other, PROMOTION, id));
		assertNotFound(send(other, this.mvc.put().uri(PROMOTION, id),
				json(uniqueCode("x"), "FIXED", "5", "\"scope\": \"SHOPKEEPER\"")));
		assertNotFound(send(other, this.mvc.patch().uri(PROMOTION, id), patch));
		assertNotFound(send(other, this.mvc.delete().uri(PROMOTION, id), null));
		assertThat(listIds(other, "")).doesNotContain(id);

		assertThat(get(this.shop, PROMOTION, id)).hasStatusOk();
		assertThat(get(this.admin, PROMOTION, id)).hasStatusOk();
		assertThat(listIds(this.shop, "")).contains(id);
	}

	@Test
	void customersAndUnverifiedShopsManageNoPromotions() {
		Session customer = this.accounts.customer();
		String email = AccountsFixtures.uniqueEmail("unverified");
		this.accounts.registerShopkeeper(email);
		Session unverified = this.accounts.login(email);

		assertThat(get(customer, PROMOTIONS)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(customer, json(uniqueCode("c"), "FIXED", "5", "\"scope\": \"ALL\"")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(unverified, json(uniqueCode("u"), "FIXED", "5", "\"scope\": \"SHOPKEEPER\"")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("shopkeeper_not_verified");
		assertThat(this.mvc.get().uri(PROMOTIONS).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void replacesPatchesAndDeletesAPromotion() {
		String code = uniqueCode("edit");
		String id = created(this.admin, json(code, "FIXED", "5",
				"\"scope\": \"ALL\", \"minimum_subtotal\": \"30\", \"usage_limit\": 10, \"per_customer_limit\": 2"));

		MvcTestResult patched = send(this.admin, this.mvc.patch().uri(PROMOTION, id),
				"{\"is_active\": false, \"value\": \"7.5\"}");
		assertThat(patched).hasStatusOk();
		assertThat(JsonPath.<Boolean>read(body(patched), "$.is_active")).isFalse();
		assertThat(JsonPath.<String>read(body(patched), "$.value")).isEqualTo("7.50");
		assertThat(JsonPath.<String>read(body(patched), "$.minimum_subtotal")).isEqualTo("30.00");
		assertThat(JsonPath.<Integer>read(body(patched), "$.usage_limit")).isEqualTo(10);

		MvcTestResult replaced = send(this.admin, this.mvc.put().uri(PROMOTION, id),
				json(code, "PERCENTAGE", "20", "\"scope\": \"ALL\""));
		assertThat(replaced).hasStatusOk();
		assertThat(JsonPath.<Object>read(body(replaced), "$.minimum_subtotal")).isNull();
		assertThat(JsonPath.<Object>read(body(replaced), "$.usage_limit")).isNull();
		assertThat(JsonPath.<Object>read(body(replaced), "$.per_customer_limit")).isNull();
		assertThat(JsonPath.<Boolean>read(body(replaced), "$.is_active")).isTrue();
		assertFieldError(send(this.admin, this.mvc.patch().uri(PROMOTION, id), "{\"value\": \"101\"}"), "value",
				"a percentage must be greater than 0 and at most 100");

		assertThat(send(this.admin, this.mvc.delete().uri(PROMOTION, id), null)).hasStatus(HttpStatus.NO_CONTENT);
		assertNotFound(get(this.admin, PROMOTION, id));
		assertNotFound(send(this.admin, this.mvc.delete().uri(PROMOTION, id), null));
		// a deleted promotion frees its code
		assertThat(post(this.admin, json(code, "FIXED", "5", "\"scope\": \"ALL\""))).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void listsNewestFirstFilteredByActiveAndSearch() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String active = created(this.shop, """
				{"code": "%s", "name": "Lamp week %s", "type": "FIXED", "value": "5", "scope": "SHOPKEEPER",
				 "starts_at": "%s", "ends_at": "%s"}""".formatted(uniqueCode("lw"), marker, start(), end()));
		String inactive = created(this.shop, """
				{"name": "Quiet %s", "type": "FIXED", "value": "5", "scope": "SHOPKEEPER", "is_active": false,
				 "starts_at": "%s", "ends_at": "%s"}""".formatted(marker, start(), end()));

		QueryCounter.reset();
		assertThat(listIds(this.shop, "")).containsExactly(inactive, active);
		// the page and its count, whatever the page holds
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
		assertThat(listIds(this.shop, "?active=true")).containsExactly(active);
		assertThat(listIds(this.shop, "?active=false")).containsExactly(inactive);
		assertThat(listIds(this.admin, "?search={s}", marker.toUpperCase())).containsExactly(inactive, active);
		assertThat(listIds(this.admin, "?search={s}", "lamp week " + marker)).containsExactly(active);
		// a wildcard of LIKE is searched for as itself
		assertThat(listIds(this.admin, "?search={s}", "%" + marker)).isEmpty();
		MvcTestResult paged = get(this.shop, PROMOTIONS + "?page_size=1");
		assertThat(JsonPath.<Integer>read(body(paged), "$.count")).isEqualTo(2);
		assertThat(JsonPath.<String>read(body(paged), "$.next")).contains("page=2");

		assertThat(get(this.admin, PROMOTIONS + "?active=maybe")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get(this.admin, PROMOTIONS + "?page_size=101")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private List<String> listIds(Session session, String query, Object... variables) {
		MvcTestResult result = get(session, PROMOTIONS + query, variables);
		assertThat(result).hasStatusOk();
		return JsonPath.read(body(result), "$.results[*].id");
	}

	private String created(Session session, String json) {
		MvcTestResult result = post(session, json);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(body(result), "$.id");
	}

	/**
	 * A whole promotion: a window of a week around now, and the scope's members given.
	 */
	private static String json(String code, String type, String value, String scope) {
		String codeMember = (code != null) ? "\"code\": \"%s\", ".formatted(code) : "";
		return """
				{%s"name": "Spring sale", "type": "%s", "value": "%s", "starts_at": "%s", "ends_at": "%s", %s}"""
			.formatted(codeMember, type, value, start(), end(), scope);
	}

	private static Instant start() {
		return Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
	}

	private static Instant end() {
		return Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
	}

	private MvcTestResult get(Session session, String path, Object... variables) {
		return this.mvc.get().uri(path, variables).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private MvcTestResult post(Session session, String json) {
		return send(session, this.mvc.post().uri(PROMOTIONS), json);
	}

	private MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request, String json) {
		request.header(HttpHeaders.AUTHORIZATION, session.bearer());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

	private static void assertFieldError(MvcTestResult result, String field, String message) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		String json = body(result);
		assertThat(JsonPath.<String>read(json, "$.code")).isEqualTo("validation_failed");
		assertThat(JsonPath.<List<String>>read(json, "$.errors[?(@.field == '" + field + "')].message")).as(json)
			.contains(message);
	}

	private static void assertNotFound(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("promotion_not_found");
	}

}
