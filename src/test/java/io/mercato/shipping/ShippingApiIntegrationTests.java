package io.mercato.shipping;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.addresses.AddressesFixtures;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.ProductStatus;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping HTTP API: methods for admins, quotes for anyone. In a database of its own,
 * so that every test starts from a fresh install (the seeded {@code standard} method
 * only) and may ask which methods ship somewhere.
 */
@MercatoApiTest
@TestPropertySource(properties = "mercato.test.database=shipping_api")
class ShippingApiIntegrationTests {

	private static final String METHODS = "/api/v1/shipping/methods";

	private static final String QUOTE = "/api/v1/shipping/quote";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ShippingAdministration administration;

	CatalogFixtures catalog;

	AccountsFixtures accounts;

	ShippingFixtures fixtures;

	Session admin;

	@BeforeEach
	void setUp() {
		this.catalog = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = this.catalog.accounts();
		this.fixtures = ShippingFixtures.of(this.context);
		this.admin = this.catalog.admin();
		// back to a fresh install: the seeded method, as seeded, and no other
		this.administration.methods(Pageable.ofSize(100))
			.filter((method) -> !method.code().equals("standard"))
			.forEach((method) -> this.administration.deleteMethod(method.id()));
		this.administration.replaceMethod(this.fixtures.methodByCode("standard").id(), new ShippingMethodDraft(
				"standard", "Standard", "Postal service", true, 3, 7, List.of(ShippingFixtures.everyCountry("5.00"))));
	}

	@Test
	void quotesTheSeededStandardMethodToGuestsAnywhere() {
		UUID lamp = this.fixtures.product("19.99", 1500);

		for (String country : List.of("JP", "DE", "BR")) {
			QueryCounter.reset();
			MvcTestResult quoted = quote(null, """
					{"country": "%s", "postal_code": "100-0001", "items": [{"product_id": "%s", "quantity": 3}]}"""
				.formatted(country, lamp));
			assertThat(QueryCounter.count()).isLessThanOrEqualTo(2);

			assertThat(quoted).hasStatusOk();
			String json = body(quoted);
			assertThat(JsonPath.<String>read(json, "$.country")).isEqualTo(country);
			assertThat(JsonPath.<String>read(json, "$.subtotal")).isEqualTo("59.97");
			assertThat(JsonPath.<Integer>read(json, "$.weight_grams")).isEqualTo(4500);
			assertThat(JsonPath.<List<String>>read(json, "$.methods[*].code")).containsExactly("standard");
			assertThat(JsonPath.<String>read(json, "$.methods[0].name")).isEqualTo("Standard");
			assertThat(JsonPath.<String>read(json, "$.methods[0].carrier")).isEqualTo("Postal service");
			assertThat(JsonPath.<String>read(json, "$.methods[0].cost")).isEqualTo("5.00");
			assertThat(JsonPath.<Integer>read(json, "$.methods[0].estimated_days_min")).isEqualTo(3);
			assertThat(JsonPath.<Integer>read(json, "$.methods[0].estimated_days_max")).isEqualTo(7);
		}

		Session customer = this.accounts.customer();
		QueryCounter.reset();
		assertThat(quote(customer, countryQuote("FR", lamp, 1))).hasStatusOk();
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(3);
	}

	@Test
	void pricesFlatPerKilogramAndFreeAboveFromTheCatalog() {
		Session shop = this.catalog.verifiedShopkeeper();
		UUID category = this.catalog.category("Parcels " + UUID.randomUUID(), null);
		UUID heavy = this.catalog.product(shop, """
				{"name": "Cast iron pan", "category_id": "%s", "price": "40.00", "sku": "%s", "status": "PUBLISHED",
				 "weight_grams": 2300}""".formatted(category, CatalogFixtures.uniqueSku()));
		UUID unweighed = this.catalog.product(shop, category, "Gift card", "10.00");
		assertThat(send(this.admin, this.mvc.post().uri(METHODS), """
				{"code": "express", "name": "Express", "carrier": "DHL", "is_active": true,
				 "estimated_days_min": 1, "estimated_days_max": 2,
				 "rules": [{"flat_amount": "6.00", "per_kg_amount": "2.25", "free_above": "150.00"}]}"""))
			.hasStatus(HttpStatus.CREATED);

		// 2 x 2300 g = 4.6 kg, charged as 5 started kilograms; the gift card weighs
		// nothing
		String json = body(quote(null,
				"""
						{"country": "DE", "items": [{"product_id": "%s", "quantity": 2}, {"product_id": "%s", "quantity": 1}]}"""
					.formatted(heavy, unweighed)));
		assertThat(JsonPath.<List<String>>read(json, "$.methods[*].code")).containsExactly("standard", "express");
		assertThat(JsonPath.<List<String>>read(json, "$.methods[*].cost")).containsExactly("5.00", "17.25");
		assertThat(JsonPath.<String>read(json, "$.subtotal")).isEqualTo("90.00");

		// 4 x 40.00 = 160.00, above 150.00: free, and so the cheapest
		String free = body(quote(null, countryQuote("DE", heavy, 4)));
		assertThat(JsonPath.<List<String>>read(free, "$.methods[*].code")).containsExactly("express", "standard");
		assertThat(JsonPath.<List<String>>read(free, "$.methods[*].cost")).containsExactly("0.00", "5.00");
	}

	@Test
	void prefersTheRuleNamingTheCountryAndOffersNoInactiveMethod() {
		UUID lamp = this.fixtures.product("10.00", null);
		ShippingMethodView zones = this.fixtures.method("zones", ShippingFixtures.everyCountry("9.00"),
				ShippingFixtures.countries("2.00", "AT", "CH"));

		assertThat(costs(countryQuote("AT", lamp, 1))).containsEntry(zones.code(), "2.00");
		assertThat(costs(countryQuote("IT", lamp, 1))).containsEntry(zones.code(), "9.00");

		assertThat(send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", zones.id()), "{\"is_active\": false}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.is_active")
			.isEqualTo(false);
		assertThat(costs(countryQuote("AT", lamp, 1))).containsOnlyKeys("standard");
	}

	@Test
	void answersAnEmptyListWhenNoMethodShipsThere() {
		UUID lamp = this.fixtures.product("10.00", 100);
		this.fixtures.deactivate(this.fixtures.methodByCode("standard").id());
		this.fixtures.method("alpine", ShippingFixtures.countries("4.00", "AT", "CH"));

		MvcTestResult quoted = quote(null, countryQuote("PT", lamp, 1));

		assertThat(quoted).hasStatusOk();
		assertThat(JsonPath.<List<Object>>read(body(quoted), "$.methods")).isEmpty();
		assertThat(costs(countryQuote("CH", lamp, 1))).containsOnlyKeys(costs(countryQuote("AT", lamp, 1)).keySet());
	}

	@Test
	void quotesToTheCallersOwnAddressOnly() {
		UUID lamp = this.fixtures.product("10.00", 100);
		this.fixtures.method("german", ShippingFixtures.countries("3.00", "DE", "AT"));
		Session owner = this.accounts.customer();
		Session stranger = this.accounts.customer();
		UUID home = AddressesFixtures.of(this.context).address(owner).id();
		String json = """
				{"address_id": "%s", "items": [{"product_id": "%s", "quantity": 1}]}""".formatted(home, lamp);

		QueryCounter.reset();
		MvcTestResult quoted = quote(owner, json);
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(4);
		assertThat(quoted).hasStatusOk();
		assertThat(JsonPath.<String>read(body(quoted), "$.country")).isEqualTo("DE");
		assertThat(JsonPath.<String>read(body(quoted), "$.postal_code")).isEqualTo("10117");
		assertThat(JsonPath.<List<String>>read(body(quoted), "$.methods[*].cost")).containsExactly("3.00", "5.00");

		assertProblem(quote(stranger, json), HttpStatus.NOT_FOUND, "address_not_found");
		assertProblem(quote(owner, json.replace(home.toString(), UUID.randomUUID().toString())), HttpStatus.NOT_FOUND,
				"address_not_found");
		assertProblem(quote(null, json), HttpStatus.UNAUTHORIZED, "authentication_required");
		assertInvalid(quote(owner, """
				{"address_id": "%s", "country": "SE", "items": [{"product_id": "%s", "quantity": 1}]}""".formatted(home,
				lamp)), "address_id");
		assertInvalid(quote(owner, """
				{"address_id": "%s", "postal_code": "111 22", "items": [{"product_id": "%s", "quantity": 1}]}"""
			.formatted(home, lamp)), "postal_code");
	}

	@Test
	void refusesItemsThatAreNotForSaleNamingThem() {
		UUID lamp = this.fixtures.product("10.00", 100);
		UUID draft = this.fixtures.product("10.00", 100, ProductStatus.DRAFT);
		UUID unknown = UUID.randomUUID();

		MvcTestResult refused = quote(null, """
				{"country": "DE", "items": [{"product_id": "%s", "quantity": 1}, {"product_id": "%s", "quantity": 1},
				                            {"product_id": "%s", "quantity": 2}]}""".formatted(lamp, draft, unknown));

		assertProblem(refused, HttpStatus.BAD_REQUEST, "product_unavailable");
		assertThat(JsonPath.<List<String>>read(body(refused), "$.errors[*].field"))
			.containsExactly("items[1].product_id", "items[2].product_id");
	}

	@Test
	void refusesMalformedQuotes() {
		UUID lamp = this.fixtures.product("10.00", 100);
		String item = "{\"product_id\": \"%s\", \"quantity\": 1}".formatted(lamp);

		assertInvalid(quote(null, "{\"items\": [%s]}".formatted(item)), "country");
		assertInvalid(quote(null, "{\"country\": \"DE\"}"), "items");
		assertInvalid(quote(null, "{\"country\": \"DE\", \"items\": []}"), "items");
		assertInvalid(
				quote(null,
						"{\"country\": \"DE\", \"items\": [%s]}".formatted(
								IntStream.range(0, 101).mapToObj((i) -> item).collect(Collectors.joining(", ")))),
				"items");
		for (String country : List.of("de", "XX", "DEU", "")) {
			assertInvalid(quote(null, "{\"country\": \"%s\", \"items\": [%s]}".formatted(country, item)), "country");
		}
		for (String quantity : List.of("0", "-1", "1001", "\"many\"", "null")) {
			assertInvalid(quote(null, "{\"country\": \"DE\", \"items\": [{\"product_id\": \"%s\", \"quantity\": %s}]}"
				.formatted(lamp, quantity)), "items[0].quantity");
		}
		// too large for any number type the server reads: refused as a whole
		assertThat(quote(null, "{\"country\": \"DE\", \"items\": [{\"product_id\": \"%s\", \"quantity\": %s}]}"
			.formatted(lamp, "1" + "0".repeat(30)))).hasStatus(HttpStatus.BAD_REQUEST);
		assertInvalid(quote(null, "{\"country\": \"DE\", \"items\": [{\"product_id\": \"lamp\", \"quantity\": 1}]}"),
				"items[0].product_id");
		assertInvalid(
				quote(null, "{\"country\": \"DE\", \"postal_code\": \"<script>\", \"items\": [%s]}".formatted(item)),
				"postal_code");
		assertThat(quote(null, "{\"country\": \"DE\", \"items\": [%s], \"coupon\": \"FREE\"}".formatted(item)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(quote(null, "{\"country\": \"D\\u0000E\", \"items\": [%s]}".formatted(item)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(quote(null, "{\"country\": \"DE\", \"items\": [")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("malformed_json");
		assertThat(quote(null, "[]")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsShowsListsReplacesPatchesAndDeletesMethods() {
		MvcTestResult created = send(this.admin, this.mvc.post().uri(METHODS), """
				{"code": "eu-economy", "name": "  Economy  ", "carrier": "Post", "is_active": true,
				 "estimated_days_min": 4, "estimated_days_max": 9,
				 "rules": [{"countries": ["DE", "FR"], "flat_amount": "3.5", "per_kg_amount": "0.40"},
				           {"flat_amount": "12", "free_above": "80.00"}]}""");
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String json = body(created);
		String id = JsonPath.read(json, "$.id");
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(METHODS + "/" + id);
		assertThat(JsonPath.<String>read(json, "$.name")).isEqualTo("Economy");
		assertThat(JsonPath.<List<String>>read(json, "$.rules[0].countries")).containsExactly("DE", "FR");
		assertThat(JsonPath.<String>read(json, "$.rules[0].flat_amount")).isEqualTo("3.50");
		assertThat(JsonPath.<String>read(json, "$.rules[0].per_kg_amount")).isEqualTo("0.40");
		assertThat(JsonPath.<Object>read(json, "$.rules[0].free_above")).isNull();
		assertThat(JsonPath.<Object>read(json, "$.rules[1].countries")).isNull();
		assertThat(JsonPath.<String>read(json, "$.rules[1].per_kg_amount")).isEqualTo("0.00");
		assertThat(JsonPath.<String>read(json, "$.rules[1].free_above")).isEqualTo("80.00");

		QueryCounter.reset();
		MvcTestResult listed = send(this.admin, this.mvc.get().uri(METHODS + "?page_size=1"));
		assertThat(QueryCounter.count()).isLessThanOrEqualTo(4);
		assertThat(listed).hasStatusOk();
		assertThat(JsonPath.<Integer>read(body(listed), "$.count")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(body(listed), "$.results[*].code")).containsExactly("eu-economy");
		assertThat(JsonPath.<List<String>>read(body(listed), "$.results[0].rules[*].flat_amount"))
			.containsExactly("3.50", "12.00");
		assertThat(JsonPath.<String>read(body(listed), "$.next")).contains("page=2");
		assertThat(send(this.admin, this.mvc.get().uri(METHODS + "/{id}", id))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("eu-economy");

		MvcTestResult replaced = send(this.admin, this.mvc.put().uri(METHODS + "/{id}", id),
				"""
						{"code": "eu-economy", "name": "Economy EU", "carrier": "Post", "is_active": false,
						 "estimated_days_min": 5, "estimated_days_max": 10, "rules": [{"countries": ["IT"], "flat_amount": "4.00"}]}""");
		assertThat(replaced).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(replaced), "$.rules[*].flat_amount")).containsExactly("4.00");
		assertThat(JsonPath.<Boolean>read(body(replaced), "$.is_active")).isFalse();

		MvcTestResult patched = send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", id),
				"{\"name\": \"Economy\", \"estimated_days_max\": 12}");
		assertThat(patched).hasStatusOk();
		assertThat(JsonPath.<String>read(body(patched), "$.name")).isEqualTo("Economy");
		assertThat(JsonPath.<Integer>read(body(patched), "$.estimated_days_min")).isEqualTo(5);
		assertThat(JsonPath.<List<String>>read(body(patched), "$.rules[*].countries[*]")).containsExactly("IT");
		MvcTestResult rules = send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", id),
				"{\"rules\": [{\"flat_amount\": \"7.00\"}, {\"countries\": [\"ES\"], \"flat_amount\": \"1.00\"}]}");
		assertThat(JsonPath.<List<String>>read(body(rules), "$.rules[*].flat_amount")).containsExactly("7.00", "1.00");
		assertThat(JsonPath.<Integer>read(body(rules), "$.version"))
			.isGreaterThan(JsonPath.<Integer>read(body(patched), "$.version"));

		assertInvalid(send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", id), "{\"code\": \"eu-cheap\"}"),
				"code");
		assertThat(send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", id), "{\"code\": \"eu-economy\"}"))
			.hasStatusOk();

		assertThat(send(this.admin, this.mvc.delete().uri(METHODS + "/{id}", id))).hasStatus(HttpStatus.NO_CONTENT);
		assertProblem(send(this.admin, this.mvc.get().uri(METHODS + "/{id}", id)), HttpStatus.NOT_FOUND,
				"method_not_found");
		assertProblem(send(this.admin, this.mvc.delete().uri(METHODS + "/{id}", id)), HttpStatus.NOT_FOUND,
				"method_not_found");
		assertProblem(send(this.admin, this.mvc.post().uri(METHODS), """
				{"code": "eu-economy", "name": "Economy", "carrier": "Post", "is_active": true,
				 "estimated_days_min": 1, "estimated_days_max": 2, "rules": [{"flat_amount": "1.00"}]}"""),
				HttpStatus.CONFLICT, "method_code_taken");
		assertProblem(send(this.admin, this.mvc.post().uri(METHODS), """
				{"code": "standard", "name": "Second", "carrier": "Post", "is_active": true,
				 "estimated_days_min": 1, "estimated_days_max": 2, "rules": [{"flat_amount": "1.00"}]}"""),
				HttpStatus.CONFLICT, "method_code_taken");
		assertProblem(send(this.admin, this.mvc.get().uri(METHODS + "/{id}", UUID.randomUUID())), HttpStatus.NOT_FOUND,
				"method_not_found");
		assertInvalid(send(this.admin, this.mvc.get().uri(METHODS + "/not-a-uuid")), "id");
	}

	@Test
	void refusesInvalidMethodsWithFieldErrors() {
		String valid = """
				{"code": "%s", "name": "Courier", "carrier": "UPS", "is_active": true, "estimated_days_min": 1,
				 "estimated_days_max": 3, "rules": [{"countries": ["DE"], "flat_amount": "5.00"}]}""";
		String code = ShippingFixtures.uniqueCode("courier");
		assertThat(send(this.admin, this.mvc.post().uri(METHODS), valid.formatted(code))).hasStatus(HttpStatus.CREATED);
		String fresh = ShippingFixtures.uniqueCode("fresh");

		assertInvalid(post(valid.formatted(fresh).replace("\"estimated_days_min\": 1", "\"estimated_days_min\": 4")),
				"estimated_days_min");
		assertInvalid(post(valid.formatted(fresh).replace("\"estimated_days_max\": 3", "\"estimated_days_max\": 366")),
				"estimated_days_max");
		assertInvalid(post(valid.formatted(fresh).replace("\"estimated_days_min\": 1", "\"estimated_days_min\": -1")),
				"estimated_days_min");
		assertInvalid(post(valid.formatted(fresh).replace("\"5.00\"", "\"-5.00\"")), "rules[0].flat_amount");
		assertInvalid(post(valid.formatted(fresh).replace("\"5.00\"", "\"5.00\", \"per_kg_amount\": \"-0.01\"")),
				"rules[0].per_kg_amount");
		assertInvalid(post(valid.formatted(fresh).replace("\"5.00\"", "\"5.00\", \"free_above\": \"-1\"")),
				"rules[0].free_above");
		assertInvalid(post(valid.formatted(fresh).replace("\"5.00\"", "\"5.001\"")), "rules[0].flat_amount");
		assertInvalid(post(valid.formatted(fresh).replace("\"5.00\"", "\"five\"")), "rules[0].flat_amount");
		assertInvalid(post(valid.formatted(fresh).replace("\"5.00\"", "\"99999999999.00\"")), "rules[0].flat_amount");
		assertInvalid(post(valid.formatted(fresh).replace(", \"flat_amount\": \"5.00\"", "")), "rules[0].flat_amount");
		assertInvalid(post(valid.formatted(fresh).replace("[\"DE\"]", "[\"DE\", \"XX\"]")), "rules[0].countries[1]");
		assertInvalid(post(valid.formatted(fresh).replace("[\"DE\"]", "[\"de\"]")), "rules[0].countries[0]");
		assertInvalid(post(valid.formatted(fresh).replace("[\"DE\"]", "[]")), "rules[0].countries");
		assertInvalid(post(valid.formatted(fresh).replace("[\"DE\"]", "[\"DE\", \"DE\"]")), "rules[0].countries[1]");
		assertInvalid(
				post(valid.formatted(fresh)
					.replace("}]}", "}, {\"countries\": [\"FR\", \"DE\"], \"flat_amount\": \"1.00\"}]}")),
				"rules[1].countries[1]");
		assertInvalid(
				post(valid.formatted(fresh).replace("[{\"countries\": [\"DE\"], ", "[{\"flat_amount\": \"1.00\"}, {")),
				"rules[1].countries");
		assertInvalid(
				post(valid.formatted(fresh).replace("[{\"countries\": [\"DE\"], \"flat_amount\": \"5.00\"}]", "[]")),
				"rules");
		assertInvalid(post(valid.formatted("Express Mail")), "code");
		assertInvalid(post(valid.formatted("-express")), "code");
		assertInvalid(post(valid.formatted(fresh).replace("\"Courier\"", "\"   \"")), "name");
		assertInvalid(post(valid.formatted(fresh).replace("\"is_active\": true, ", "")), "is_active");
		assertInvalid(post(valid.formatted(fresh).replace("\"Courier\"", "\"Cou\\u0000rier\"")), "name");
		assertThat(post(valid.formatted(fresh).replace("\"UPS\",", "\"UPS\", \"priority\": 1,")))
			.hasStatus(HttpStatus.BAD_REQUEST);

		UUID id = this.fixtures.methodByCode(code).id();
		assertInvalid(send(this.admin, this.mvc.put().uri(METHODS + "/{id}", id), valid.formatted(fresh)), "code");
		assertInvalid(send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", id), "{\"estimated_days_min\": 5}"),
				"estimated_days_min");
		assertInvalid(send(this.admin, this.mvc.patch().uri(METHODS + "/{id}", id), "{\"rules\": []}"), "rules");
		assertThat(this.administration.methods(Pageable.ofSize(100)).map(ShippingMethodView::code))
			.containsExactlyInAnyOrder("standard", code);
		assertThat(this.administration.method(id).estimatedDaysMin()).isEqualTo(1);
	}

	@Test
	void letsOnlyAdminsSeeAndKeepMethods() {
		Session customer = this.accounts.customer();
		Session shopkeeper = this.catalog.verifiedShopkeeper();
		UUID standard = this.fixtures.methodByCode("standard").id();
		String body = "{\"code\": \"sneaky\", \"name\": \"Sneaky\", \"carrier\": \"Me\", \"is_active\": true, "
				+ "\"estimated_days_min\": 0, \"estimated_days_max\": 0, \"rules\": [{\"flat_amount\": \"0\"}]}";

		for (Session session : List.of(customer, shopkeeper)) {
			assertThat(send(session, this.mvc.get().uri(METHODS))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.get().uri(METHODS + "/{id}", standard))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.post().uri(METHODS), body)).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.patch().uri(METHODS + "/{id}", standard), "{\"is_active\": false}"))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(send(session, this.mvc.delete().uri(METHODS + "/{id}", standard)))
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri(METHODS).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.post().uri(METHODS).contentType(MediaType.APPLICATION_JSON).content(body).exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.delete().uri(METHODS + "/{id}", standard).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.administration.methods(Pageable.ofSize(100)).map(ShippingMethodView::code))
			.containsExactly("standard");
		assertThat(this.administration.method(standard).active()).isTrue();
	}

	private Map<String, String> costs(String json) {
		MvcTestResult quoted = quote(null, json);
		assertThat(quoted).hasStatusOk();
		List<String> codes = JsonPath.read(body(quoted), "$.methods[*].code");
		List<String> costs = JsonPath.read(body(quoted), "$.methods[*].cost");
		return IntStream.range(0, codes.size()).boxed().collect(Collectors.toMap(codes::get, costs::get));
	}

	private static String countryQuote(String country, UUID productId, int quantity) {
		return "{\"country\": \"%s\", \"items\": [{\"product_id\": \"%s\", \"quantity\": %d}]}".formatted(country,
				productId, quantity);
	}

	private MvcTestResult quote(Session session, String json) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri(QUOTE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (session != null) {
			request.header(HttpHeaders.AUTHORIZATION, session.bearer());
		}
		return request.exchange();
	}

	private MvcTestResult post(String json) {
		return send(this.admin, this.mvc.post().uri(METHODS), json);
	}

	private MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request) {
		return this.catalog.send(session, request);
	}

	private MvcTestResult send(Session session, MockMvcTester.MockMvcRequestBuilder request, String json) {
		return this.catalog.send(session, request, json);
	}

	private static void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(body(result)).as("a problem naming %s", field).contains("\"errors\"");
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).contains(field);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

}
