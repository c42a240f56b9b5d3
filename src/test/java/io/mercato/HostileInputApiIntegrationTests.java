package io.mercato;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.addresses.AddressView;
import io.mercato.addresses.AddressesFixtures;
import io.mercato.cart.CartFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.shipping.ShippingFixtures;
import io.mercato.testing.MercatoApiTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile client against the addresses, shipping, promotions and cart endpoints: every
 * malformed, out-of-range, mistyped or foreign input answers a 4xx problem with a stable
 * code, never a 500, and changes nothing; another user's object answers 404.
 */
@MercatoApiTest
class HostileInputApiIntegrationTests {

	private static final String HUGE = "x".repeat(100_000);

	/** The codes a request the API cannot read or validate may answer. */
	private static final Set<String> INVALID = Set.of("validation_failed", "invalid_value", "malformed_json",
			"unknown_property");

	/** Values of the wrong type, or broken, for any field. */
	private static final List<String> HOSTILE_VALUES = List.of("42", "true", "[]", "{}", "[\"a\"]", "{\"a\": 1}",
			"\"a\\u0000b\"", "\"a\\u001bb\"", "\"" + HUGE + "\"", "1e400", "-1e400", "-0.01", "0.001", "1.5",
			"99999999999999999999", "\"\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	// --- addresses -------------------------------------------------------------------

	@TestFactory
	Stream<DynamicTest> addresses() {
		AccountsFixtures accounts = AccountsFixtures.of(this.mvc, this.context);
		Session owner = accounts.customer();
		Session stranger = accounts.customer();
		AddressView address = AddressesFixtures.of(this.context).address(owner);
		String before = body(get("/api/v1/addresses", owner));
		Map<String, String> valid = fields("type", "\"SHIPPING\"", "full_name", "\"Ada\"", "line1", "\"1 Main St\"",
				"line2", "\"Flat 2\"", "city", "\"Boston\"", "region", "\"MA\"", "postal_code", "\"02108\"", "country",
				"\"US\"", "phone", "\"+16175550123\"", "is_default", "false");
		String one = "/api/v1/addresses/" + address.id();
		List<DynamicTest> cases = new ArrayList<>();
		cases.addAll(bodyCases("POST /api/v1/addresses", HttpMethod.POST, "/api/v1/addresses", owner, valid));
		cases.addAll(bodyCases("PUT address", HttpMethod.PUT, one, owner, without(valid, "is_default")));
		cases.addAll(bodyCases("PATCH address", HttpMethod.PATCH, one, owner, fields("city", "\"Boston\"")));
		cases.addAll(shapeCases("POST /api/v1/addresses", HttpMethod.POST, "/api/v1/addresses", owner, json(valid)));
		cases.addAll(shapeCases("PUT address", HttpMethod.PUT, one, owner, json(without(valid, "is_default"))));
		cases.addAll(shapeCases("PATCH address", HttpMethod.PATCH, one, owner, "{\"city\": \"Boston\"}"));
		cases.addAll(idCases("address", "/api/v1/addresses/", owner, "address_not_found", "{\"city\": \"Boston\"}",
				"/default"));
		for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
			cases.add(refused(
					"another user's address, " + method, () -> send(method, one, stranger,
							MediaType.APPLICATION_JSON_VALUE, json(without(valid, "is_default"))),
					404, "address_not_found"));
		}
		cases.add(refused("another user's address made default",
				() -> send(HttpMethod.POST, one + "/default", stranger, null, null), 404, "address_not_found"));
		cases.addAll(queryCases("GET /api/v1/addresses", "/api/v1/addresses", owner, "type"));
		cases.add(DynamicTest.dynamicTest("the addresses are as they were",
				() -> assertThat(body(get("/api/v1/addresses", owner))).isEqualTo(before)));
		return cases.stream();
	}

	// --- shipping --------------------------------------------------------------------

	@TestFactory
	Stream<DynamicTest> shippingMethods() {
		AccountsFixtures accounts = AccountsFixtures.of(this.mvc, this.context);
		Session admin = accounts.admin();
		ShippingFixtures shipping = ShippingFixtures.of(this.context);
		UUID id = shipping.method("hostile", ShippingFixtures.countries("5.00", "DE")).id();
		String one = "/api/v1/shipping/methods/" + id;
		String before = body(get(one, admin));
		Map<String, String> valid = fields("code", "\"%s\"".formatted(ShippingFixtures.uniqueCode("h")), "name",
				"\"Courier\"", "carrier", "\"UPS\"", "is_active", "true", "estimated_days_min", "1",
				"estimated_days_max", "3", "rules",
				"[{\"countries\": [\"DE\"], \"flat_amount\": \"5.00\", \"per_kg_amount\": \"1.00\", \"free_above\": \"50.00\"}]");
		List<DynamicTest> cases = new ArrayList<>();
		cases.addAll(bodyCases("POST method", HttpMethod.POST, "/api/v1/shipping/methods", admin, valid));
		cases.addAll(bodyCases("PATCH method", HttpMethod.PATCH, one, admin, without(valid, "code")));
		cases.addAll(shapeCases("POST method", HttpMethod.POST, "/api/v1/shipping/methods", admin, json(valid)));
		cases.addAll(shapeCases("PATCH method", HttpMethod.PATCH, one, admin, "{\"name\": \"Courier\"}"));
		cases.addAll(idCases("method", "/api/v1/shipping/methods/", admin, "method_not_found",
				"{\"name\": \"Courier\"}", null));
		cases.addAll(queryCases("GET methods", "/api/v1/shipping/methods", admin, "page", "page_size"));
		String rule = "{\"countries\": [\"DE\"], \"flat_amount\": \"%s\"}";
		for (String amount : List.of("1e400", "-0.01", "0.001", "1e-400", "NaN", "Infinity", "0x10", "1,00",
				"10000000000.00", " ", "1e2147483648")) {
			cases
				.add(refused(
						"flat_amount " + amount, () -> send(HttpMethod.PATCH, one, admin,
								MediaType.APPLICATION_JSON_VALUE, "{\"rules\": [" + rule.formatted(amount) + "]}"),
						400, INVALID));
		}
		cases.add(refused("flat_amount as a JSON number", () -> send(HttpMethod.PATCH, one, admin,
				MediaType.APPLICATION_JSON_VALUE, "{\"rules\": [{\"countries\": [\"DE\"], \"flat_amount\": 5.00}]}"),
				400, INVALID));
		String tenThousandCountries = IntStream.range(0, 10_000)
			.mapToObj((i) -> "\"DE\"")
			.collect(Collectors.joining(", ", "[", "]"));
		cases.add(refused("10,000 countries", () -> send(HttpMethod.PATCH, one, admin, MediaType.APPLICATION_JSON_VALUE,
				"{\"rules\": [{\"countries\": %s, \"flat_amount\": \"1.00\"}]}".formatted(tenThousandCountries)), 400,
				INVALID));
		String tenThousandRules = IntStream.range(0, 10_000)
			.mapToObj((i) -> "{\"flat_amount\": \"1.00\"}")
			.collect(Collectors.joining(", ", "[", "]"));
		cases.add(refused("10,000 rules", () -> send(HttpMethod.PATCH, one, admin, MediaType.APPLICATION_JSON_VALUE,
				"{\"rules\": %s}".formatted(tenThousandRules)), 400, INVALID));
		for (String days : List.of("-1", "366", "2147483648", "1.5", "1e400", "\"3\"", "true", "\"\"")) {
			cases.add(refused(
					"estimated_days_max " + days, () -> send(HttpMethod.PATCH, one, admin,
							MediaType.APPLICATION_JSON_VALUE, "{\"estimated_days_max\": " + days + ", \"name\": null}"),
					400, INVALID));
		}
		cases.add(DynamicTest.dynamicTest("the method is as it was",
				() -> assertThat(body(get(one, admin))).isEqualTo(before)));
		return cases.stream();
	}

	@TestFactory
	Stream<DynamicTest> shippingQuote() {
		AccountsFixtures accounts = AccountsFixtures.of(this.mvc, this.context);
		Session owner = accounts.customer();
		Session stranger = accounts.customer();
		AddressView address = AddressesFixtures.of(this.context).address(owner);
		UUID product = ShippingFixtures.of(this.context).product("10.00", 500);
		Map<String, String> valid = fields("country", "\"DE\"", "postal_code", "\"10117\"", "items",
				"[{\"product_id\": \"%s\", \"quantity\": 2}]".formatted(product));
		List<DynamicTest> cases = new ArrayList<>();
		cases.addAll(bodyCases("quote", HttpMethod.POST, "/api/v1/shipping/quote", null, valid));
		cases.addAll(shapeCases("quote", HttpMethod.POST, "/api/v1/shipping/quote", null, json(valid)));
		String item = "[{\"product_id\": \"%s\", \"quantity\": %s}]";
		for (String quantity : List.of("0", "-1", "1001", "2147483648", "1.5", "1e400", "\"two\"", "null", "[]")) {
			cases.add(refused("quote quantity " + quantity, () -> send(HttpMethod.POST, "/api/v1/shipping/quote", null,
					MediaType.APPLICATION_JSON_VALUE, json(with(valid, "items", item.formatted(product, quantity)))),
					400, INVALID));
		}
		for (String productId : List.of("\"not-a-uuid\"", "\"\"", "42", "null", "\"%s\"".formatted(UUID.randomUUID()),
				"\"00000000-0000-0000-0000-000000000000\"", "\"" + HUGE + "\"")) {
			cases.add(refused("quote product_id " + abbreviate(productId),
					() -> send(HttpMethod.POST, "/api/v1/shipping/quote", null, MediaType.APPLICATION_JSON_VALUE,
							json(with(valid, "items", "[{\"product_id\": %s, \"quantity\": 1}]".formatted(productId)))),
					400, Set.of("validation_failed", "invalid_value", "malformed_json", "product_unavailable")));
		}
		String tenThousandItems = IntStream.range(0, 10_000)
			.mapToObj((i) -> "{\"product_id\": \"%s\", \"quantity\": 1}".formatted(product))
			.collect(Collectors.joining(", ", "[", "]"));
		cases
			.add(refused(
					"10,000 items", () -> send(HttpMethod.POST, "/api/v1/shipping/quote", null,
							MediaType.APPLICATION_JSON_VALUE, json(with(valid, "items", tenThousandItems))),
					400, INVALID));
		Map<String, String> toAddress = fields("address_id", "\"%s\"".formatted(address.id()), "items",
				valid.get("items"));
		cases.add(refused("another user's address", () -> send(HttpMethod.POST, "/api/v1/shipping/quote", stranger,
				MediaType.APPLICATION_JSON_VALUE, json(toAddress)), 404, "address_not_found"));
		cases.add(refused("an address of nobody",
				() -> send(HttpMethod.POST, "/api/v1/shipping/quote", owner, MediaType.APPLICATION_JSON_VALUE,
						json(with(toAddress, "address_id", "\"" + UUID.randomUUID() + "\""))),
				404, "address_not_found"));
		cases.add(refused("an address without a login", () -> send(HttpMethod.POST, "/api/v1/shipping/quote", null,
				MediaType.APPLICATION_JSON_VALUE, json(toAddress)), 401, "authentication_required"));
		return cases.stream();
	}

	// --- promotions ------------------------------------------------------------------

	@TestFactory
	Stream<DynamicTest> promotions() {
		AccountsFixtures accounts = AccountsFixtures.of(this.mvc, this.context);
		InventoryFixtures inventory = InventoryFixtures.of(this.mvc, this.context);
		Shop shop = inventory.shop();
		Shop rival = inventory.shop();
		Session admin = accounts.admin();
		UUID product = inventory.stockedProduct(shop, 5);
		Map<String, String> valid = fields("code",
				"\"%s\"".formatted(io.mercato.promotions.PromotionsFixtures.uniqueCode("H")), "name", "\"Spring\"",
				"description", "\"Fine\"", "type", "\"PERCENTAGE\"", "value", "\"10.00\"", "starts_at",
				"\"2026-01-01T00:00:00Z\"", "ends_at", "\"2036-01-01T00:00:00Z\"", "minimum_subtotal", "\"5.00\"",
				"usage_limit", "10", "per_customer_limit", "1", "scope", "\"PRODUCTS\"", "product_ids",
				"[\"%s\"]".formatted(product), "is_active", "true");
		MvcTestResult created = send(HttpMethod.POST, "/api/v1/promotions", shop.session(),
				MediaType.APPLICATION_JSON_VALUE, json(valid));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		String one = "/api/v1/promotions/" + JsonPath.read(body(created), "$.id");
		String before = body(get(one, shop.session()));
		Map<String, String> fresh = with(valid, "code",
				"\"%s\"".formatted(io.mercato.promotions.PromotionsFixtures.uniqueCode("H")));
		List<DynamicTest> cases = new ArrayList<>();
		cases.addAll(bodyCases("POST promotion", HttpMethod.POST, "/api/v1/promotions", shop.session(), fresh));
		cases.addAll(bodyCases("PUT promotion", HttpMethod.PUT, one, shop.session(), valid));
		cases.addAll(bodyCases("PATCH promotion", HttpMethod.PATCH, one, shop.session(), fields("name", "\"x\"")));
		cases.addAll(shapeCases("POST promotion", HttpMethod.POST, "/api/v1/promotions", shop.session(), json(fresh)));
		cases.addAll(shapeCases("PATCH promotion", HttpMethod.PATCH, one, shop.session(), "{\"name\": \"x\"}"));
		cases.addAll(idCases("promotion", "/api/v1/promotions/", shop.session(), "promotion_not_found",
				"{\"name\": \"x\"}", null));
		for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
			cases.add(refused("another shopkeeper's promotion, " + method,
					() -> send(method, one, rival.session(), MediaType.APPLICATION_JSON_VALUE,
							method == HttpMethod.PATCH ? "{\"name\": \"x\"}" : json(valid)),
					404, "promotion_not_found"));
		}
		for (String time : List.of("\"0000-01-01T00:00:00Z\"", "\"+99999-01-01T00:00:00Z\"",
				"\"99999-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"+1000000000-01-01T00:00:00Z\"",
				"\"2026-13-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"", "\"2026-01-01\"", "\"yesterday\"", "1e400",
				"-1e20", "1e20", "99999999999999999", "\"2026-01-01T25:00:00Z\"")) {
			cases.add(refused("ends_at " + time, () -> send(HttpMethod.PATCH, one, shop.session(),
					MediaType.APPLICATION_JSON_VALUE, "{\"ends_at\": " + time + "}"), 400, INVALID));
			cases.add(refused("starts_at " + time, () -> send(HttpMethod.PATCH, one, shop.session(),
					MediaType.APPLICATION_JSON_VALUE, "{\"starts_at\": " + time + "}"), 400, INVALID));
		}
		for (String limit : List.of("0", "-1", "2147483648", "1.5", "1e400", "\"ten\"")) {
			cases.add(refused("usage_limit " + limit, () -> send(HttpMethod.PATCH, one, shop.session(),
					MediaType.APPLICATION_JSON_VALUE, "{\"usage_limit\": " + limit + "}"), 400, INVALID));
			cases.add(refused(
					"per_customer_limit " + limit, () -> send(HttpMethod.PATCH, one, shop.session(),
							MediaType.APPLICATION_JSON_VALUE, "{\"per_customer_limit\": " + limit + "}"),
					400, INVALID));
		}
		for (String value : List.of("\"0\"", "\"-0.01\"", "\"100.01\"", "\"0.001\"", "\"1e400\"", "10",
				"\"9999999999.99\"")) {
			cases.add(refused("percentage value " + value, () -> send(HttpMethod.PATCH, one, shop.session(),
					MediaType.APPLICATION_JSON_VALUE, "{\"value\": " + value + "}"), 400, INVALID));
		}
		for (String amount : List.of("\"-0.01\"", "\"0.001\"", "\"1e400\"", "5")) {
			cases
				.add(refused(
						"minimum_subtotal " + amount, () -> send(HttpMethod.PATCH, one, shop.session(),
								MediaType.APPLICATION_JSON_VALUE, "{\"minimum_subtotal\": " + amount + "}"),
						400, INVALID));
		}
		String tenThousandIds = IntStream.range(0, 10_000)
			.mapToObj((i) -> "\"" + UUID.randomUUID() + "\"")
			.collect(Collectors.joining(", ", "[", "]"));
		cases
			.add(refused(
					"10,000 product ids", () -> send(HttpMethod.PATCH, one, shop.session(),
							MediaType.APPLICATION_JSON_VALUE, "{\"product_ids\": " + tenThousandIds + "}"),
					400, INVALID));
		cases.add(refused("10,000 category ids", () -> send(HttpMethod.PUT, one, admin,
				MediaType.APPLICATION_JSON_VALUE,
				json(with(without(valid, "product_ids"), "scope", "\"CATEGORIES\"", "category_ids", tenThousandIds))),
				400, INVALID));
		cases.add(refused("a product of another shop", () -> send(HttpMethod.PATCH, one, rival.session(),
				MediaType.APPLICATION_JSON_VALUE, "{\"name\": \"mine\"}"), 404, "promotion_not_found"));
		cases
			.add(refused("another shop's product in the list",
					() -> send(HttpMethod.PATCH, one, shop.session(), MediaType.APPLICATION_JSON_VALUE,
							"{\"product_ids\": [\"%s\"]}".formatted(inventory.stockedProduct(rival, 1))),
					400, INVALID));
		cases.addAll(queryCases("GET promotions", "/api/v1/promotions", shop.session(), "active", "search", "page",
				"page_size"));
		cases.add(DynamicTest.dynamicTest("the promotion is as it was",
				() -> assertThat(body(get(one, shop.session()))).isEqualTo(before)));
		return cases.stream();
	}

	// --- cart ------------------------------------------------------------------------

	@TestFactory
	Stream<DynamicTest> cart() {
		AccountsFixtures accounts = AccountsFixtures.of(this.mvc, this.context);
		InventoryFixtures inventory = InventoryFixtures.of(this.mvc, this.context);
		CartFixtures carts = CartFixtures.of(this.mvc, this.context);
		Shop shop = inventory.shop();
		UUID product = inventory.stockedProduct(shop, 50);
		Session owner = accounts.customer();
		Session stranger = accounts.customer();
		MvcTestResult added = carts.add(CartFixtures.user(owner), product, 2);
		assertThat(added).hasStatus(HttpStatus.CREATED);
		String item = "/api/v1/cart/items/" + JsonPath.read(body(added), "$.id");
		String token = carts.guestCart();
		String before = body(carts.show(CartFixtures.user(owner)));
		List<DynamicTest> cases = new ArrayList<>();
		cases.addAll(bodyCases("add item", HttpMethod.POST, "/api/v1/cart/items", owner,
				fields("product_id", "\"%s\"".formatted(product), "quantity", "1")));
		cases.addAll(bodyCases("change item", HttpMethod.PATCH, item, owner, fields("quantity", "1")));
		cases.addAll(bodyCases("apply promotion", HttpMethod.POST, "/api/v1/cart/promotion", owner,
				fields("code", "\"SPRING\"")));
		cases.addAll(shapeCases("add item", HttpMethod.POST, "/api/v1/cart/items", owner,
				"{\"product_id\": \"%s\", \"quantity\": 1}".formatted(product)));
		cases.addAll(shapeCases("change item", HttpMethod.PATCH, item, owner, "{\"quantity\": 1}"));
		cases.addAll(shapeCases("apply promotion", HttpMethod.POST, "/api/v1/cart/promotion", owner,
				"{\"code\": \"SPRING\"}"));
		cases.addAll(
				idCases("cart item", "/api/v1/cart/items/", owner, "cart_item_not_found", "{\"quantity\": 1}", null));
		cases.add(refused("another customer's line changed",
				() -> send(HttpMethod.PATCH, item, stranger, MediaType.APPLICATION_JSON_VALUE, "{\"quantity\": 5}"),
				404, "cart_item_not_found"));
		cases.add(refused("another customer's line removed", () -> send(HttpMethod.DELETE, item, stranger, null, null),
				404, "cart_item_not_found"));
		cases.add(refused("a guest changes a customer's line",
				() -> guest(HttpMethod.PATCH, item, token, MediaType.APPLICATION_JSON_VALUE, "{\"quantity\": 5}"), 404,
				"cart_item_not_found"));
		for (String quantity : List.of("0", "-1", "1001", "2147483648", "1.5", "1e400", "-0", "\"many\"", "null")) {
			cases
				.add(refused("add quantity " + quantity,
						() -> send(HttpMethod.POST, "/api/v1/cart/items", owner, MediaType.APPLICATION_JSON_VALUE,
								"{\"product_id\": \"%s\", \"quantity\": %s}".formatted(product, quantity)),
						400, INVALID));
		}
		for (String quantity : List.of("-1", "1001", "2147483648", "0.5", "1e400", "\"many\"", "null")) {
			cases
				.add(refused(
						"change quantity " + quantity, () -> send(HttpMethod.PATCH, item, owner,
								MediaType.APPLICATION_JSON_VALUE, "{\"quantity\": %s}".formatted(quantity)),
						400, INVALID));
		}
		cases.add(refused("a product of nobody",
				() -> send(HttpMethod.POST, "/api/v1/cart/items", owner, MediaType.APPLICATION_JSON_VALUE,
						"{\"product_id\": \"%s\", \"quantity\": 1}".formatted(UUID.randomUUID())),
				404, "product_not_found"));
		cases.add(refused("a shopkeeper's own product",
				() -> send(HttpMethod.POST, "/api/v1/cart/items", shop.session(), MediaType.APPLICATION_JSON_VALUE,
						"{\"product_id\": \"%s\", \"quantity\": 1}".formatted(product)),
				403, "own_product"));
		for (String code : List.of("\"\"", "\"   \"", "\"" + "C".repeat(65) + "\"", "\"%\"", "\"_\"", "\"a\\\\b\"",
				"\"' or 1=1 --\"")) {
			cases.add(refused("promotion code " + code,
					() -> send(HttpMethod.POST, "/api/v1/cart/promotion", owner, MediaType.APPLICATION_JSON_VALUE,
							"{\"code\": %s}".formatted(code)),
					Set.of(400, 409), Set.of("validation_failed", "promotion_not_applicable")));
		}
		// the guest cart's token
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("NUL", token + "\u0000");
		tokens.put("escape", "\u001b[31m" + token);
		tokens.put("DEL", token + "\u007f");
		tokens.put("line break", token + "\r\nX-Injected: 1");
		tokens.put("100k chars", HUGE);
		tokens.put("empty", "");
		tokens.put("unknown", "not-a-token");
		tokens.put("non-ASCII", "töken€");
		tokens.forEach((name, value) -> {
			for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
				cases.add(refused("X-Cart-Token " + name + ", " + method + " cart",
						() -> guest(method, "/api/v1/cart", value, null, null), Set.of(400, 404),
						Set.of("invalid_header", "cart_not_found")));
			}
			cases.add(refused("X-Cart-Token " + name + ", add item",
					() -> guest(HttpMethod.POST, "/api/v1/cart/items", value, MediaType.APPLICATION_JSON_VALUE,
							"{\"product_id\": \"%s\", \"quantity\": 1}".formatted(product)),
					Set.of(400, 404), Set.of("invalid_header", "cart_not_found")));
			cases.add(refused(
					"X-Cart-Token " + name + ", promotion", () -> guest(HttpMethod.POST, "/api/v1/cart/promotion",
							value, MediaType.APPLICATION_JSON_VALUE, "{\"code\": \"SPRING\"}"),
					Set.of(400, 404), Set.of("invalid_header", "cart_not_found")));
			cases.add(refused("X-Cart-Token " + name + " with a login", () -> {
				MockMvcTester.MockMvcRequestBuilder request = this.mvc.get()
					.uri("/api/v1/cart")
					.header(HttpHeaders.AUTHORIZATION, owner.bearer())
					.header(CartFixtures.CART_TOKEN, value);
				return request.exchange();
			}, Set.of(200, 400), Set.of("invalid_header", "")));
		});
		cases.add(refused("a guest cart started while logged in",
				() -> send(HttpMethod.POST, "/api/v1/carts", owner, null, null), 409, "signed_in"));
		cases.add(refused("a guest cart with a body",
				() -> send(HttpMethod.POST, "/api/v1/carts", null, MediaType.TEXT_PLAIN_VALUE, "hello"),
				Set.of(201, 415), Set.of("unsupported_media_type", "")));
		cases.add(DynamicTest.dynamicTest("the cart is as it was",
				() -> assertThat(body(carts.show(CartFixtures.user(owner)))).isEqualTo(before)));
		return cases.stream();
	}

	// --- case generators -------------------------------------------------------------

	/**
	 * Every field of a valid body replaced by each hostile value in turn, removed and set
	 * to null where it is required, and the body with an unknown and a duplicate
	 * property.
	 */
	private List<DynamicTest> bodyCases(String name, HttpMethod method, String uri, Session session,
			Map<String, String> valid) {
		List<DynamicTest> cases = new ArrayList<>();
		for (String field : valid.keySet()) {
			for (String value : HOSTILE_VALUES) {
				if (alsoValid(valid.get(field), value)) {
					continue;
				}
				cases.add(refused(name + ", " + field + " = " + abbreviate(value), () -> send(method, uri, session,
						MediaType.APPLICATION_JSON_VALUE, json(with(valid, field, value))), 400, INVALID));
			}
		}
		cases.add(
				refused(name + ", unknown property",
						() -> send(method, uri, session, MediaType.APPLICATION_JSON_VALUE,
								json(with(valid, "owner_id", "\"" + UUID.randomUUID() + "\""))),
						400, "unknown_property"));
		String first = valid.keySet().iterator().next();
		cases.add(refused(name + ", duplicate key",
				() -> send(method, uri, session, MediaType.APPLICATION_JSON_VALUE,
						json(valid).replaceFirst("\\{", "{\"" + first + "\": " + valid.get(first) + ", ")),
				400, INVALID));
		return cases;
	}

	/**
	 * Whether a hostile value is of the field's own type and fits it: a whole number for
	 * a number, true for a flag, an empty string for text (a blank optional field is
	 * none).
	 */
	private static boolean alsoValid(String valid, String value) {
		return value.equals(valid) || (valid.matches("-?[0-9]+") && value.equals("42"))
				|| (valid.matches("true|false") && value.equals("true"))
				|| (valid.startsWith("\"") && value.equals("\"\""));
	}

	/**
	 * The body's shape and framing broken: empty, null, an array, not JSON, wrong types.
	 */
	private List<DynamicTest> shapeCases(String name, HttpMethod method, String uri, Session session, String valid) {
		List<DynamicTest> cases = new ArrayList<>();
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("empty body", "");
		bodies.put("null body", "null");
		bodies.put("array body", "[" + valid + "]");
		bodies.put("string body", "\"" + valid.replace("\"", "'") + "\"");
		bodies.put("number body", "42");
		bodies.put("truncated body", valid.substring(0, valid.length() / 2));
		bodies.put("trailing garbage", valid + "}}");
		bodies.put("two documents", valid + valid);
		bodies.put("NUL byte outside strings", valid.replaceFirst("\\{", "{\u0000"));
		bodies.put("comments", valid.replaceFirst("\\{", "{/* x */"));
		bodies.put("single quotes", valid.replace('"', '\''));
		bodies.put("100k nesting", "[".repeat(100_000));
		bodies.forEach((what, content) -> cases.add(refused(name + ", " + what,
				() -> send(method, uri, session, MediaType.APPLICATION_JSON_VALUE, content), 400, INVALID)));
		for (String type : List.of("*/*", "application/*", "text/plain", "application/xml",
				"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "nonsense", "")) {
			cases.add(refused(name + ", Content-Type " + type, () -> send(method, uri, session, type, valid), 415,
					"unsupported_media_type"));
		}
		cases.add(refused(name + ", no Content-Type", () -> send(method, uri, session, null, valid), 415,
				"unsupported_media_type"));
		cases.add(refused(name + ", JSON in another charset",
				() -> send(method, uri, session, "application/json; charset=nonsense", valid), Set.of(400, 415),
				Set.of("unsupported_media_type", "malformed_json")));
		return cases;
	}

	/** Ids that are not UUIDs, that name nothing, and control characters in the path. */
	private List<DynamicTest> idCases(String name, String prefix, Session session, String notFound, String patch,
			String action) {
		List<DynamicTest> cases = new ArrayList<>();
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("not a UUID", "not-a-uuid");
		ids.put("a number", "1");
		ids.put("a bad hex digit", "00000000-0000-0000-0000-00000000000g");
		ids.put("a UUID with braces", "%7B" + UUID.randomUUID() + "%7D");
		ids.put("100k chars", HUGE);
		// a NUL in the path is refused by the firewall or the container, before any
		// handler: see HttpServerIntegrationTests
		ids.put("an encoded escape", "%1B");
		ids.put("a UUID and an escape", UUID.randomUUID() + "%1B");
		ids.put("a UUID and a space", UUID.randomUUID() + "%20");
		ids.put("a UUID and more", UUID.randomUUID() + "0");
		for (Map.Entry<String, String> id : ids.entrySet()) {
			for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PATCH, HttpMethod.DELETE)) {
				if (method == HttpMethod.GET && name.equals("cart item")) {
					continue;
				}
				cases.add(refused(name + " id " + id.getKey() + ", " + method,
						() -> sendRaw(method, prefix + id.getValue(), session, patch), Set.of(400, 404),
						Set.of("validation_failed", "not_found", "bad_request", "invalid_value", notFound)));
			}
		}
		for (String id : List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
				"ffffffff-ffff-ffff-ffff-ffffffffffff")) {
			for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PATCH, HttpMethod.DELETE)) {
				if (method == HttpMethod.GET && name.equals("cart item")) {
					continue;
				}
				cases.add(refused(name + " " + id + " of nothing, " + method,
						() -> send(method, prefix + id, session, MediaType.APPLICATION_JSON_VALUE, patch), 404,
						notFound));
			}
			if (action != null) {
				cases.add(refused(name + " " + id + " of nothing, POST " + action,
						() -> send(HttpMethod.POST, prefix + id + action, session, null, null), 404, notFound));
			}
		}
		return cases;
	}

	/** Control characters and wrong values in each query parameter. */
	private List<DynamicTest> queryCases(String name, String uri, Session session, String... parameters) {
		List<DynamicTest> cases = new ArrayList<>();
		for (String parameter : parameters) {
			for (String value : List.of("a\u0000b", "\u001b[2J", "\u007f", HUGE, "-1", "0", "1.5", "1e400",
					"99999999999999999999", "2147483647", "-2147483648", "", "NaN", "true; drop table x")) {
				cases.add(refused(name + ", " + parameter + " = " + abbreviate(value),
						() -> sendQuery(uri, session, parameter, value), Set.of(200, 400),
						Set.of("validation_failed", "invalid_value", "")));
			}
		}
		cases.add(refused(name + ", unknown parameter", () -> sendQuery(uri, session, "sort", "id"), Set.of(200, 400),
				Set.of("validation_failed", "")));
		cases.add(refused(name + ", NUL in a parameter's name", () -> sendQuery(uri, session, "a\u0000b", "1"), 400,
				"invalid_value"));
		return cases;
	}

	// --- assertions and requests -----------------------------------------------------

	private static DynamicTest refused(String name, Supplier<MvcTestResult> request, int status, String code) {
		return refused(name, request, Set.of(status), Set.of(code));
	}

	private static DynamicTest refused(String name, Supplier<MvcTestResult> request, int status, Set<String> codes) {
		return refused(name, request, Set.of(status), codes);
	}

	/**
	 * A case: the answer has one of the statuses and, for an error, is a problem with one
	 * of the codes. An empty code among the codes lets a success pass.
	 */
	private static DynamicTest refused(String name, Supplier<MvcTestResult> request, Set<Integer> statuses,
			Set<String> codes) {
		return DynamicTest.dynamicTest(name, () -> {
			MvcTestResult result = request.get();
			int status = result.getResponse().getStatus();
			String content = abbreviate(body(result));
			assertThat(status).as("status of %s: %s", name, content).isIn(statuses);
			if (status >= 400) {
				assertThat(result.getResponse().getContentType()).as("content type of %s", name)
					.startsWith("application/problem+json");
				assertThat(JsonPath.<String>read(body(result), "$.code")).as("code of %s: %s", name, content)
					.isIn(codes);
				assertThat(content).doesNotContain("Exception").doesNotContain("SQL");
			}
			else {
				assertThat(codes).as("%s answered %d: %s", name, status, content).contains("");
			}
		});
	}

	private MvcTestResult get(String uri, Session session) {
		return send(HttpMethod.GET, uri, session, null, null);
	}

	private MvcTestResult send(HttpMethod method, String uri, Session session, String contentType, String content) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.method(method).uri(uri);
		if (session != null) {
			request.header(HttpHeaders.AUTHORIZATION, session.bearer());
		}
		if (contentType != null) {
			request.header(HttpHeaders.CONTENT_TYPE, contentType);
		}
		if (content != null) {
			request.content(content);
		}
		return request.exchange();
	}

	/** A request to a path sent as it is, percent escapes included. */
	private MvcTestResult sendRaw(HttpMethod method, String path, Session session, String content) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.method(method).uri(java.net.URI.create(path));
		if (session != null) {
			request.header(HttpHeaders.AUTHORIZATION, session.bearer());
		}
		if (method == HttpMethod.PATCH) {
			request.contentType(MediaType.APPLICATION_JSON).content(content);
		}
		return request.exchange();
	}

	private MvcTestResult sendQuery(String uri, Session session, String parameter, String value) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.get().uri(uri).queryParam(parameter, value);
		if (session != null) {
			request.header(HttpHeaders.AUTHORIZATION, session.bearer());
		}
		return request.exchange();
	}

	private MvcTestResult guest(HttpMethod method, String uri, String token, String contentType, String content) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.method(method)
			.uri(uri)
			.header(CartFixtures.CART_TOKEN, token);
		if (contentType != null) {
			request.header(HttpHeaders.CONTENT_TYPE, contentType);
		}
		if (content != null) {
			request.content(content);
		}
		return request.exchange();
	}

	// --- JSON bodies as ordered fields of raw JSON values ------------------------------

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private static Map<String, String> with(Map<String, String> fields, String... namesAndValues) {
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.putAll(fields(namesAndValues));
		return changed;
	}

	private static Map<String, String> without(Map<String, String> fields, String name) {
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.remove(name);
		return changed;
	}

	private static String json(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> "\"" + field.getKey() + "\": " + field.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String abbreviate(String text) {
		return (text.length() > 120) ? text.substring(0, 100) + "…(" + text.length() + " chars)" : text;
	}

}
