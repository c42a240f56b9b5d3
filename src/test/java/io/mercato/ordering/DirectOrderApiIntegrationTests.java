package io.mercato.ordering;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.ProductDraft;
import io.mercato.catalog.ProductListings;
import io.mercato.catalog.ProductStatus;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.inventory.StockKeeping;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.SecretTokens;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.Race;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct order API, {@code POST /api/v1/orders}: the transactional order processor's
 * example order, guests and their tokens, free-text and structured addresses, the
 * refusals, idempotency keys and hostile input.
 */
@MercatoApiTest
class DirectOrderApiIntegrationTests {

	private static final String ORDERS = "/api/v1/orders";

	private static final String KEY = "Idempotency-Key";

	private static final String REPLAYED = "Idempotent-Replayed";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProductListings products;

	@Autowired
	StockKeeping stockKeeping;

	InventoryFixtures inventory;

	OrderingFixtures ordering;

	AccountsFixtures accounts;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.inventory = InventoryFixtures.of(CatalogFixtures.of(this.mvc, this.context), this.context);
		this.ordering = OrderingFixtures.of(this.inventory, this.context);
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
		this.shop = this.inventory.shopkeeper();
	}

	@AfterEach
	void invariantsHold() {
		this.inventory.assertLedgerMatchesStock();
		this.ordering.assertOrdersConsistent();
	}

	@Test
	void placesTheTransactionalOrderProcessorsExampleAsAnAdminPostsIt() {
		UUID laptop = product("Laptop", "LAP-001", "1000.00", 5);
		UUID mouse = product("Mouse", "MOU-001", "25.00", 10);
		Session admin = this.accounts.admin();

		MvcTestResult result = post(admin, """
				{
				  "customer_email": "john@example.com",
				  "customer_name": "John Doe",
				  "customer_phone": "998901234567",
				  "shipping_address": "123 Main St, Tashkent, Uzbekistan",
				  "shipping_cost": "5.00",
				  "payment_method": "CREDIT_CARD",
				  "items": [
				    {
				      "product_name": "Laptop",
				      "product_sku": "LAP-001",
				      "quantity": 1,
				      "unit_price": "1000.00"
				    },
				    {
				      "product_name": "Mouse",
				      "product_sku": "MOU-001",
				      "quantity": 2,
				      "unit_price": "25.00"
				    }
				  ]
				}""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		String body = body(result);
		String id = JsonPath.read(body, "$.id");
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(ORDERS + "/" + id);
		Map<String, Object> order = JsonPath.read(body, "$");
		assertThat(order).containsEntry("subtotal", "1050.00")
			.containsEntry("discount_total", "0.00")
			.containsEntry("shipping_cost", "5.00")
			.containsEntry("tax", "0.00")
			.containsEntry("total", "1055.00")
			.containsEntry("currency", "EUR")
			.containsEntry("status", "PENDING")
			.containsEntry("payment_status", "UNPAID")
			.containsEntry("payment_method", "CREDIT_CARD")
			.containsEntry("user_id", admin.userId().toString())
			.containsEntry("customer_email", "john@example.com")
			.containsEntry("customer_name", "John Doe")
			.containsEntry("customer_phone", "+998901234567")
			.containsEntry("shipping_address_text", "123 Main St, Tashkent, Uzbekistan")
			.containsEntry("shipping_address", null)
			.containsEntry("shipping_method", null)
			.containsEntry("order_token", null);
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].product_id")).containsExactly(laptop.toString(),
				mouse.toString());
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].sku")).containsExactly("LAP-001", "MOU-001");
		assertThat(JsonPath.<List<Integer>>read(body, "$.items[*].quantity")).containsExactly(1, 2);
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].unit_price")).containsExactly("1000.00", "25.00");
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].line_total")).containsExactly("1000.00", "50.00");
		assertThat(this.ordering.reservationStates(UUID.fromString(id))).containsExactly("ACTIVE");
	}

	@Test
	void givesAGuestTheOrderTokenOnceAndKeepsOnlyItsHash() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);

		MvcTestResult result = post(null, guestOrder(lamp, 2));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		String body = body(result);
		String token = JsonPath.read(body, "$.order_token");
		assertThat(token).hasSize(43);
		assertThat(JsonPath.<Object>read(body, "$.user_id")).isNull();
		assertThat(JsonPath.<String>read(body, "$.customer_email")).isEqualTo("grace@example.com");
		assertThat(JsonPath.<String>read(body, "$.shipping_address_text"))
			.isEqualTo("Unter den Linden 1, 10117 Berlin");
		// priced with the standard method's rate for every country, and not taxed
		assertThat(JsonPath.<String>read(body, "$.subtotal")).isEqualTo("50.00");
		assertThat(JsonPath.<String>read(body, "$.shipping_cost")).isEqualTo("5.00");
		assertThat(JsonPath.<String>read(body, "$.shipping_method")).isEqualTo("standard");
		assertThat(JsonPath.<String>read(body, "$.tax")).isEqualTo("0.00");
		assertThat(JsonPath.<String>read(body, "$.total")).isEqualTo("55.00");
		String stored = this.jdbc.sql("select order_token_hash from ordering.customer_order where id = ?")
			.param(UUID.fromString(JsonPath.read(body, "$.id")))
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(SecretTokens.hash(token)).isNotEqualTo(token);
	}

	@Test
	void requiresAGuestsEmailAndName() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		long before = this.ordering.orderCount();

		MvcTestResult result = post(null, """
				{"shipping_address": "Unter den Linden 1, 10117 Berlin", "payment_method": "CASH",
				 "items": [{"product_id": "%s", "quantity": 1}]}""".formatted(lamp));

		assertInvalid(result, "customer_email", "customer_name");
		assertThat(this.ordering.orderCount()).isEqualTo(before);
	}

	@Test
	void taxesAStructuredAddressByItsCountryAndTakesTheContactDetailsGiven() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		TaxRateFixtures taxes = TaxRateFixtures.of(this.context);
		TaxRateView rate = taxes.rate("AT", null, "20");
		try {
			MvcTestResult result = post(customer, """
					{"customer_email": "Orders@Example.com", "customer_name": "Ada Lovelace",
					 "customer_phone": "+43 1 5880100",
					 "shipping_address": {"full_name": "Ada Lovelace", "line1": "Stephansplatz 1", "city": "Wien",
					                      "postal_code": "1010", "country": "at"},
					 "billing_address": {"full_name": "Ada Lovelace", "line1": "Karlsplatz 13", "city": "Wien",
					                     "postal_code": "1040", "country": "AT"},
					 "payment_method": "PAYPAL", "notes": "Ring twice",
					 "items": [{"product_id": "%s", "quantity": 2, "unit_price": "25.00"}]}""".formatted(lamp));

			assertThat(result).hasStatus(HttpStatus.CREATED);
			String body = body(result);
			assertThat(JsonPath.<String>read(body, "$.user_id")).isEqualTo(customer.userId().toString());
			assertThat(JsonPath.<Object>read(body, "$.order_token")).isNull();
			assertThat(JsonPath.<String>read(body, "$.customer_email")).isEqualTo("orders@example.com");
			assertThat(JsonPath.<String>read(body, "$.customer_name")).isEqualTo("Ada Lovelace");
			assertThat(JsonPath.<String>read(body, "$.customer_phone")).isEqualTo("+4315880100");
			assertThat(JsonPath.<String>read(body, "$.shipping_address.country")).isEqualTo("AT");
			assertThat(JsonPath.<String>read(body, "$.shipping_address.city")).isEqualTo("Wien");
			assertThat(JsonPath.<Object>read(body, "$.shipping_address_text")).isNull();
			assertThat(JsonPath.<String>read(body, "$.billing_address.line1")).isEqualTo("Karlsplatz 13");
			assertThat(JsonPath.<String>read(body, "$.notes")).isEqualTo("Ring twice");
			assertThat(JsonPath.<String>read(body, "$.subtotal")).isEqualTo("50.00");
			assertThat(JsonPath.<String>read(body, "$.shipping_cost")).isEqualTo("5.00");
			assertThat(JsonPath.<String>read(body, "$.tax")).isEqualTo("10.00");
			assertThat(JsonPath.<String>read(body, "$.tax_rate")).isEqualTo("20.000");
			assertThat(JsonPath.<String>read(body, "$.total")).isEqualTo("65.00");
		}
		finally {
			this.context.getBean(TaxRateAdministration.class).deleteTaxRate(rate.id());
		}
	}

	@Test
	void namesTheFieldsOfABrokenStructuredAddress() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();

		MvcTestResult result = post(customer, """
				{"shipping_address": {"full_name": " ", "line1": "Stephansplatz 1", "city": "Wien",
				                      "postal_code": "ABCDE", "country": "XX"},
				 "billing_address": {"line1": "Karlsplatz 13", "city": "Wien", "postal_code": "1040", "country": "AT"},
				 "payment_method": "PAYPAL", "items": [{"product_id": "%s", "quantity": 1}]}""".formatted(lamp));

		assertInvalid(result, "shipping_address.full_name", "shipping_address.country", "billing_address.full_name");
	}

	@Test
	void namesAnUnknownSku() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);

		MvcTestResult result = post(null, """
				{"customer_email": "grace@example.com", "customer_name": "Grace Hopper",
				 "shipping_address": "Unter den Linden 1, 10117 Berlin", "payment_method": "CASH",
				 "items": [{"product_sku": "NO-SUCH-SKU-%s", "quantity": 1}, {"product_id": "%s", "quantity": 1}]}"""
			.formatted(UUID.randomUUID(), lamp));

		assertInvalid(result, "items[0].product_sku");
	}

	@Test
	void refusesAUnitPriceThatIsNoLongerTheCurrentOne() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		long before = this.ordering.orderCount();

		MvcTestResult result = post(null, """
				{"customer_email": "grace@example.com", "customer_name": "Grace Hopper",
				 "shipping_address": "Unter den Linden 1, 10117 Berlin", "payment_method": "CASH",
				 "items": [{"product_id": "%s", "quantity": 1, "unit_price": "19.99", "product_name": "Old lamp"}]}"""
			.formatted(lamp));

		assertProblem(result, HttpStatus.CONFLICT, "price_changed");
		assertThat(JsonPath.<List<Map<String, Object>>>read(body(result), "$.items")).singleElement()
			.isEqualTo(Map.of("product_id", lamp.toString(), "expected_price", "19.99", "current_price", "25.00"));
		assertThat(this.ordering.orderCount()).isEqualTo(before);
	}

	@Test
	void takesTheShippingCostFromAnAdminOnly() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		long before = this.ordering.orderCount();
		String withCost = """
				{"customer_email": "grace@example.com", "customer_name": "Grace Hopper",
				 "shipping_address": "Unter den Linden 1, 10117 Berlin", "shipping_cost": "0.00",
				 "payment_method": "CASH", "items": [{"product_id": "%s", "quantity": 1}]}""".formatted(lamp);

		assertInvalid(post(null, withCost), "shipping_cost");
		assertInvalid(post(this.accounts.customer(), withCost), "shipping_cost");
		assertThat(this.ordering.orderCount()).isEqualTo(before);

		MvcTestResult byAdmin = post(this.accounts.admin(), withCost);
		assertThat(byAdmin).hasStatus(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(body(byAdmin), "$.shipping_cost")).isEqualTo("0.00");
		assertThat(JsonPath.<String>read(body(byAdmin), "$.total")).isEqualTo("25.00");
	}

	@Test
	void namesTheShortProductsAndWhatIsAvailable() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID shade = this.inventory.stockedProduct(this.shop, 1);
		long before = this.ordering.orderCount();

		MvcTestResult result = post(null, """
				{"customer_email": "grace@example.com", "customer_name": "Grace Hopper",
				 "shipping_address": "Unter den Linden 1, 10117 Berlin", "payment_method": "CASH",
				 "items": [{"product_id": "%s", "quantity": 2}, {"product_id": "%s", "quantity": 3}]}""".formatted(lamp,
				shade));

		assertProblem(result, HttpStatus.CONFLICT, "insufficient_stock");
		assertThat(JsonPath.<List<Map<String, Object>>>read(body(result), "$.items")).singleElement()
			.isEqualTo(Map.of("product_id", shade.toString(), "requested", 3, "available", 1));
		assertThat(this.ordering.orderCount()).isEqualTo(before);
	}

	@Test
	void placesOneOrderForTwentyRacingDuplicates() throws InterruptedException {
		UUID lamp = this.inventory.stockedProduct(this.shop, 50);
		Session customer = this.accounts.customer();
		String key = UUID.randomUUID().toString();
		String body = customerOrder(lamp, 2);

		List<MvcTestResult> results = Race
			.of(20, (i) -> request(customer, body).header(KEY, key).exchange(), Duration.ofSeconds(60))
			.stream()
			.map(Race.Outcome::value)
			.toList();

		List<MvcTestResult> created = results.stream()
			.filter((result) -> result.getResponse().getStatus() == HttpStatus.CREATED.value())
			.toList();
		assertThat(created).isNotEmpty();
		assertThat(created).extracting(DirectOrderApiIntegrationTests::body).containsOnly(body(created.get(0)));
		assertThat(created).filteredOn((result) -> result.getResponse().getHeader(REPLAYED) == null).hasSize(1);
		assertThat(created).filteredOn((result) -> result.getResponse().getHeader(REPLAYED) != null)
			.allSatisfy((result) -> assertThat(result.getResponse().getHeader(REPLAYED)).isEqualTo("true"));
		results.stream()
			.filter((result) -> result.getResponse().getStatus() != HttpStatus.CREATED.value())
			.forEach((result) -> assertProblem(result, HttpStatus.CONFLICT, "idempotency_key_in_progress"));
		assertThat(ordersOf(customer)).isOne();
		assertThat(reserved(lamp)).isEqualTo(2);

		MvcTestResult again = request(customer, body).header(KEY, key).exchange();
		assertThat(again).hasStatus(HttpStatus.CREATED);
		assertThat(again.getResponse().getHeader(REPLAYED)).isEqualTo("true");
		assertThat(body(again)).isEqualTo(body(created.get(0)));
		assertThat(ordersOf(customer)).isOne();
	}

	@Test
	void refusesAKeyReusedForAnotherOrderAndStoresNothingForARefusedOne() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 50);
		Session customer = this.accounts.customer();
		String key = UUID.randomUUID().toString();

		MvcTestResult refused = request(customer, customerOrder(lamp, 0)).header(KEY, key).exchange();
		assertInvalid(refused, "items[0].quantity");
		MvcTestResult first = request(customer, customerOrder(lamp, 1)).header(KEY, key).exchange();
		MvcTestResult other = request(customer, customerOrder(lamp, 3)).header(KEY, key).exchange();

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(first.getResponse().getHeader(REPLAYED)).isNull();
		assertProblem(other, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency_key_reused");
		assertThat(ordersOf(customer)).isOne();
		assertThat(reserved(lamp)).isEqualTo(1);
	}

	@Test
	void refusesHostileInputWithAProblemAndKeepsNothing() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session admin = this.accounts.admin();
		long before = this.ordering.orderCount();
		String item = "{\"product_id\": \"%s\", \"quantity\": %s}";
		List<String> bodies = new ArrayList<>();
		for (String quantity : List.of("0", "-1", "1001", "2147483648", "99999999999999999999", "1.5", "1e400", "\"2\"",
				"null", "[]", "true")) {
			bodies.add(guestOrderWith(lamp, "items", "[" + item.formatted(lamp, quantity) + "]"));
		}
		for (String address : List.of("42", "[]", "[\"Berlin\"]", "true", "\"\"", "\" \"", "\"a\\u0000b\"",
				"\"" + "x".repeat(1001) + "\"",
				"{\"full_name\": \"a\\u0000b\", \"line1\": \"x\", \"city\": \"y\", "
						+ "\"postal_code\": \"10117\", \"country\": \"DE\"}",
				"{\"full_name\": \"A\", \"street\": \"x\"}", "null")) {
			bodies.add(guestOrderWith(lamp, "shipping_address", address));
		}
		bodies.add(guestOrderWith(lamp, "customer_name", "\"Grace\\u0000Hopper\""));
		bodies.add(guestOrderWith(lamp, "customer_email", "\"not an email\""));
		bodies.add(guestOrderWith(lamp, "customer_phone", "\"12\""));
		bodies.add(guestOrderWith(lamp, "notes", "\"" + "n".repeat(1001) + "\""));
		bodies.add(guestOrderWith(lamp, "payment_method", "\"BITCOIN\""));
		bodies.add(guestOrderWith(lamp, "payment_method", "null"));
		bodies.add(guestOrderWith(lamp, "items", "[]"));
		bodies.add(guestOrderWith(lamp, "items", "[null]"));
		bodies.add(guestOrderWith(lamp, "items", "{}"));
		bodies.add(guestOrderWith(lamp, "items", "[{\"quantity\": 1}]"));
		bodies.add(guestOrderWith(lamp, "items",
				"[{\"product_id\": \"%s\", \"product_sku\": \"X-1\", \"quantity\": 1}]".formatted(lamp)));
		bodies.add(guestOrderWith(lamp, "items",
				"[{\"product_id\": \"%s\", \"quantity\": 1, \"unit_price\": \"-25.00\"}]".formatted(lamp)));
		bodies.add(guestOrderWith(lamp, "items", "[{\"product_id\": \"not-a-uuid\", \"quantity\": 1}]"));
		bodies.add(guestOrderWith(lamp, "items",
				IntStream.range(0, 101)
					.mapToObj((i) -> item.formatted(UUID.randomUUID(), 1))
					.collect(Collectors.joining(", ", "[", "]"))));
		bodies.add(guestOrderWith(lamp, "shipping_cost", "\"5.00\""));
		bodies.add(guestOrderWith(lamp, "unknown", "1"));
		bodies.add("");
		bodies.add("null");
		bodies.add("[]");
		bodies.add("{");
		for (String body : bodies) {
			MvcTestResult result = post(null, body);
			assertThat(result.getResponse().getStatus()).as(abbreviate(body)).isEqualTo(400);
			assertThat(result.getResponse().getContentType()).as(abbreviate(body))
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		for (String shippingCost : List.of("\"-5.00\"", "5", "\"1e3\"", "\"5.001\"", "\"9999999999.99\"")) {
			MvcTestResult result = post(admin, guestOrderWith(lamp, "shipping_cost", shippingCost));
			assertThat(result.getResponse().getStatus()).as(shippingCost).isEqualTo(400);
		}
		for (String contentType : List.of("text/plain", "*/*", "application/xml",
				"application/x-www-form-urlencoded")) {
			MvcTestResult result = this.mvc.post()
				.uri(ORDERS)
				.header(HttpHeaders.CONTENT_TYPE, contentType)
				.content(guestOrder(lamp, 1))
				.exchange();
			assertThat(result.getResponse().getStatus()).as(contentType).isBetween(400, 499);
			assertThat(result.getResponse().getContentType()).as(contentType)
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
		assertThat(this.ordering.orderCount()).isEqualTo(before);
		assertThat(reserved(lamp)).isZero();
	}

	@Test
	void refusesControlCharactersInAPaymentMethodOrAnAmountAndKeepsNothing() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		long before = this.ordering.orderCount();
		MvcTestResult paymentMethod = post(null, guestOrderWith(lamp, "payment_method", "\"CASH\\u0000\""));
		assertProblem(paymentMethod, HttpStatus.BAD_REQUEST, "invalid_value");
		assertThat(JsonPath.<List<String>>read(body(paymentMethod), "$.errors[*].field"))
			.containsExactly("payment_method");
		MvcTestResult spaced = post(null, guestOrderWith(lamp, "payment_method", "\"\\u0001CASH\""));
		assertProblem(spaced, HttpStatus.BAD_REQUEST, "invalid_value");
		MvcTestResult unitPrice = post(null, guestOrderWith(lamp, "items",
				"[{\"product_id\": \"%s\", \"quantity\": 1, \"unit_price\": \"25.00\\u0000\"}]".formatted(lamp)));
		assertProblem(unitPrice, HttpStatus.BAD_REQUEST, "invalid_value");
		assertThat(JsonPath.<List<String>>read(body(unitPrice), "$.errors[*].field"))
			.containsExactly("items[0].unit_price");
		assertThat(this.ordering.orderCount()).isEqualTo(before);
		assertThat(reserved(lamp)).isZero();
	}

	@Test
	void namesAQuantityTooLargeForAnyNumberAsAFieldError() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		for (String quantity : List.of("2147483648", "99999999999999999999")) {
			MvcTestResult result = post(null, guestOrderWith(lamp, "items",
					"[{\"product_id\": \"%s\", \"quantity\": %s}]".formatted(lamp, quantity)));
			assertInvalid(result, "items[0].quantity");
		}
	}

	@Test
	void namesTheShippingAddressWhenItIsNeitherTextNorAnAddress() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		for (String address : List.of("42", "[]", "true", "{\"full_name\": \"A\", \"street\": \"x\"}")) {
			MvcTestResult result = post(null, guestOrderWith(lamp, "shipping_address", address));
			assertThat(result.getResponse().getStatus()).as(address).isEqualTo(400);
			assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).as(address)
				.singleElement(InstanceOfAssertFactories.STRING)
				.startsWith("shipping_address");
		}
		MvcTestResult controlCharacter = post(null, guestOrderWith(lamp, "shipping_address", "\"Berlin\\u0000\""));
		assertProblem(controlCharacter, HttpStatus.BAD_REQUEST, "invalid_value");
		assertThat(JsonPath.<List<String>>read(body(controlCharacter), "$.errors[*].field"))
			.containsExactly("shipping_address");
		MvcTestResult missing = post(null, guestOrderWith(lamp, "shipping_address", "null"));
		assertInvalid(missing, "shipping_address");
	}

	private UUID product(String name, String sku, String price, int units) {
		UUID id = this.products
			.createProduct(this.shop.user(),
					new ProductDraft(name, "", this.inventory.category(), null, Money.of(price), null, null, sku,
							ProductStatus.PUBLISHED, false, List.of(), null))
			.id();
		this.stockKeeping.restock(this.shop.user(), id, units, "first delivery");
		return id;
	}

	private static String guestOrder(UUID productId, int quantity) {
		return """
				{"customer_email": "Grace@Example.com", "customer_name": "Grace Hopper",
				 "shipping_address": "Unter den Linden 1, 10117 Berlin", "payment_method": "BANK_TRANSFER",
				 "items": [{"product_id": "%s", "quantity": %d}]}""".formatted(productId, quantity);
	}

	/** A valid guest order with one field replaced, or added. */
	private static String guestOrderWith(UUID productId, String field, String json) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("customer_email", "\"grace@example.com\"");
		fields.put("customer_name", "\"Grace Hopper\"");
		fields.put("shipping_address", "\"Unter den Linden 1, 10117 Berlin\"");
		fields.put("payment_method", "\"CASH\"");
		fields.put("items", "[{\"product_id\": \"%s\", \"quantity\": 1}]".formatted(productId));
		fields.put(field, json);
		return fields.entrySet()
			.stream()
			.map((entry) -> "\"" + entry.getKey() + "\": " + entry.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String customerOrder(UUID productId, int quantity) {
		return """
				{"shipping_address": {"full_name": "Ada Lovelace", "line1": "Unter den Linden 1", "city": "Berlin",
				                      "postal_code": "10117", "country": "DE"},
				 "payment_method": "CREDIT_CARD", "items": [{"product_id": "%s", "quantity": %d}]}"""
			.formatted(productId, quantity);
	}

	private MockMvcRequestBuilder request(Session session, String json) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(ORDERS)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		return (session != null) ? request.header(HttpHeaders.AUTHORIZATION, session.bearer()) : request;
	}

	private MvcTestResult post(Session session, String json) {
		return request(session, json).exchange();
	}

	private long ordersOf(Session customer) {
		return this.jdbc.sql("select count(*) from ordering.customer_order where user_id = ?")
			.param(customer.userId())
			.query(Long.class)
			.single();
	}

	private int reserved(UUID productId) {
		return this.jdbc.sql("select reserved from inventory.stock where product_id = ?")
			.param(productId)
			.query(Integer.class)
			.single();
	}

	private static void assertInvalid(MvcTestResult result, String... fields) {
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(400);
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).as(body(result)).contains(fields);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(status.value());
		assertThat(JsonPath.<String>read(body(result), "$.code")).isEqualTo(code);
	}

	private static String body(MvcTestResult result) {
		return AccountsFixtures.body(result);
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

}
