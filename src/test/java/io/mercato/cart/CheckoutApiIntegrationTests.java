package io.mercato.cart;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.addresses.AddressesFixtures;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.ordering.OrderingFixtures;
import io.mercato.promotions.PromotionAdministration;
import io.mercato.promotions.PromotionPatch;
import io.mercato.promotions.PromotionView;
import io.mercato.promotions.PromotionsFixtures;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import io.mercato.testing.Race;
import io.mercato.testing.fixtures.OrderPlacementFaults;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout over HTTP: a customer's and a guest's cart becoming an order, every refusal
 * leaving the cart and the stock as they were, a race for the last units, a failure
 * before the commit, idempotent retries and the statement budget.
 */
@MercatoApiTest
class CheckoutApiIntegrationTests {

	private static final String GUEST_ADDRESS = """
			{"full_name": "Grace Hopper", "line1": "Unter den Linden 1", "city": "Berlin",
			 "postal_code": "10117", "country": "de"}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CartShopping cartShopping;

	@Autowired
	OrderPlacementFaults faults;

	AccountsFixtures accounts;

	CatalogFixtures catalog;

	InventoryFixtures inventory;

	OrderingFixtures ordering;

	AddressesFixtures addresses;

	PromotionsFixtures promotions;

	CartFixtures carts;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.catalog = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = this.catalog.accounts();
		this.inventory = InventoryFixtures.of(this.catalog, this.context);
		this.ordering = OrderingFixtures.of(this.inventory, this.context);
		this.addresses = AddressesFixtures.of(this.context);
		this.promotions = PromotionsFixtures.of(this.context);
		this.carts = CartFixtures.of(this.mvc, this.context);
		this.shop = this.inventory.shop();
	}

	@AfterEach
	void invariantsHold() {
		this.inventory.assertLedgerMatchesStock();
		this.ordering.assertOrdersConsistent();
		this.promotions.assertUsageCountsMatchRedemptions();
	}

	@Test
	void aCustomerChecksOutTheirCartAndGetsANewOneAfterwards() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 2);
		UUID cartId = cartId(CartFixtures.user(customer));

		MvcTestResult placed = checkout(CartFixtures.user(customer),
				"{\"shipping_address_id\": \"%s\", \"payment_method\": \"CREDIT_CARD\", \"notes\": \"Ring twice\"}"
					.formatted(address));

		assertThat(placed).hasStatus(HttpStatus.CREATED);
		String orderId = JsonPath.read(body(placed), "$.id");
		assertThat(placed).headers().hasValue(HttpHeaders.LOCATION, "/api/v1/orders/" + orderId);
		assertThat(placed).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		assertThat(placed).bodyJson().extractingPath("$.payment_status").isEqualTo("UNPAID");
		assertThat(placed).bodyJson().extractingPath("$.subtotal").isEqualTo("50.00");
		assertTotalAddsUp(placed);
		assertThat(placed).bodyJson().extractingPath("$.shipping_address.city").isEqualTo("Berlin");
		assertThat(placed).bodyJson().extractingPath("$.items[0].product_id").isEqualTo(lamp.toString());
		assertThat(placed).bodyJson().extractingPath("$.items[0].quantity").isEqualTo(2);
		assertThat(JsonPath.<Object>read(body(placed), "$.order_token")).isNull();
		assertThat(cartStatus(cartId)).isEqualTo("CONVERTED");
		assertThat(cartOrder(cartId)).isEqualTo(UUID.fromString(orderId));
		assertThat(this.ordering.reservationStates(UUID.fromString(orderId))).containsExactly("ACTIVE");

		MvcTestResult next = this.carts.show(CartFixtures.user(customer));
		assertThat(next).hasStatusOk();
		assertThat(JsonPath.<String>read(body(next), "$.id")).isNotEqualTo(cartId.toString());
		assertThat(next).bodyJson().extractingPath("$.items.length()").isEqualTo(0);
	}

	@Test
	void aGuestChecksOutWithTheAddressInlineAndReceivesTheOrderTokenOnce() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		String token = this.carts.guestCart();
		this.carts.add(CartFixtures.guest(token), lamp, 1);
		UUID cartId = cartId(CartFixtures.guest(token));

		MvcTestResult placed = checkout(CartFixtures.guest(token), guestCheckout("Grace@Example.com", ""));

		assertThat(placed).hasStatus(HttpStatus.CREATED);
		assertThat(JsonPath.<String>read(body(placed), "$.order_token")).hasSize(43);
		assertThat(placed).bodyJson().extractingPath("$.customer_email").isEqualTo("grace@example.com");
		assertThat(placed).bodyJson().extractingPath("$.shipping_address.country").isEqualTo("DE");
		assertThat(placed).bodyJson().extractingPath("$.subtotal").isEqualTo("25.00");
		assertTotalAddsUp(placed);
		assertThat(cartStatus(cartId)).isEqualTo("CONVERTED");
		// the checked-out cart's token opens nothing any more
		assertThat(this.carts.show(CartFixtures.guest(token))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(checkout(CartFixtures.guest(token), guestCheckout("grace@example.com", "")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAnEmptyCart() {
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();

		assertProblem(checkout(CartFixtures.user(customer), customerCheckout(address, "")), HttpStatus.CONFLICT,
				"empty_cart");
		assertThat(customerOrders(customer)).isZero();
	}

	@Test
	void refusesAnUnknownAddressAndAnotherUsersAlikeAndKeepsTheCart() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		this.carts.add(CartFixtures.user(customer), lamp, 1);
		UUID cartId = cartId(CartFixtures.user(customer));
		UUID othersAddress = this.addresses.address(this.accounts.customer()).id();
		UUID mine = this.addresses.address(customer).id();

		MvcTestResult unknown = checkout(CartFixtures.user(customer), customerCheckout(UUID.randomUUID(), ""));
		assertProblem(unknown, HttpStatus.NOT_FOUND, "address_not_found");
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("shipping_address_id");
		assertProblem(checkout(CartFixtures.user(customer), customerCheckout(othersAddress, "")), HttpStatus.NOT_FOUND,
				"address_not_found");
		MvcTestResult billing = checkout(CartFixtures.user(customer),
				customerCheckout(mine, ", \"billing_address_id\": \"%s\"".formatted(othersAddress)));
		assertProblem(billing, HttpStatus.NOT_FOUND, "address_not_found");
		assertThat(billing).bodyJson().extractingPath("$.errors[0].field").isEqualTo("billing_address_id");

		assertNothingPlaced(customer, cartId, lamp);
	}

	@Test
	void refusesShortStockNamingEachShortLineAndKeepsTheCart() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 3);
		UUID shade = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), shade, 1);
		this.carts.add(CartFixtures.user(customer), lamp, 3);
		UUID cartId = cartId(CartFixtures.user(customer));
		this.inventory.adjust(this.shop, lamp, -2);

		MvcTestResult refused = checkout(CartFixtures.user(customer), customerCheckout(address, ""));

		assertProblem(refused, HttpStatus.CONFLICT, "insufficient_stock");
		assertThat(refused).bodyJson().extractingPath("$.items.length()").isEqualTo(1);
		assertThat(refused).bodyJson().extractingPath("$.items[0].product_id").isEqualTo(lamp.toString());
		assertThat(refused).bodyJson().extractingPath("$.items[0].requested").isEqualTo(3);
		assertThat(refused).bodyJson().extractingPath("$.items[0].available").isEqualTo(1);
		assertNothingPlaced(customer, cartId, lamp, shade);
	}

	@Test
	void refusesASubtotalOtherThanTheOneExpected() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 2);
		UUID cartId = cartId(CartFixtures.user(customer));

		assertProblem(
				checkout(CartFixtures.user(customer), customerCheckout(address, ", \"expected_subtotal\": \"49.99\"")),
				HttpStatus.CONFLICT, "price_changed");
		assertNothingPlaced(customer, cartId, lamp);

		assertThat(
				checkout(CartFixtures.user(customer), customerCheckout(address, ", \"expected_subtotal\": \"50.00\"")))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void refusesAPromotionThatNoLongerAppliesAndRedeemsNothing() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 2);
		UUID cartId = cartId(CartFixtures.user(customer));
		String code = PromotionsFixtures.uniqueCode("GONE");
		PromotionView promotion = this.promotions.percentagePromotion(code, "10.00");
		assertThat(this.carts.applyPromotion(CartFixtures.user(customer), code)).hasStatusOk();
		this.context.getBean(PromotionAdministration.class)
			.patchPromotion(this.promotions.admin(), promotion.id(), new PromotionPatch(null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, false));

		MvcTestResult refused = checkout(CartFixtures.user(customer), customerCheckout(address, ""));

		assertProblem(refused, HttpStatus.CONFLICT, "promotion_not_applicable");
		assertThat(this.promotions.usageCount(promotion.id())).isZero();
		assertNothingPlaced(customer, cartId, lamp);
	}

	@Test
	void refusesAShippingMethodThatDoesNotExist() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 1);
		UUID cartId = cartId(CartFixtures.user(customer));

		assertProblem(
				checkout(CartFixtures.user(customer),
						customerCheckout(address, ", \"shipping_method\": \"no-such-method\"")),
				HttpStatus.CONFLICT, "shipping_unavailable");
		assertNothingPlaced(customer, cartId, lamp);
	}

	@Test
	void refusesALineNoLongerForSale() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID shade = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 1);
		this.carts.add(CartFixtures.user(customer), shade, 1);
		UUID cartId = cartId(CartFixtures.user(customer));
		this.catalog.send(this.shop.session(), this.mvc.patch().uri("/api/v1/products/{id}", shade),
				"{\"status\": \"DRAFT\"}");

		MvcTestResult refused = checkout(CartFixtures.user(customer), customerCheckout(address, ""));

		assertProblem(refused, HttpStatus.CONFLICT, "product_unavailable");
		assertThat(refused).bodyJson().extractingPath("$.items[0].product_id").isEqualTo(shade.toString());
		assertNothingPlaced(customer, cartId, lamp, shade);
	}

	@Test
	void refusesFieldsOfTheWrongKindOfCallerAndBrokenOnesWithFieldErrors() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 1);
		String token = this.carts.guestCart();
		this.carts.add(CartFixtures.guest(token), lamp, 1);

		assertFieldErrors(checkout(CartFixtures.user(customer),
				customerCheckout(address, ", \"shipping_address\": " + GUEST_ADDRESS)), "shipping_address");
		assertFieldErrors(checkout(CartFixtures.user(customer), "{\"payment_method\": \"CASH\"}"),
				"shipping_address_id");
		assertFieldErrors(checkout(CartFixtures.guest(token), customerCheckout(address, "")), "customer_email",
				"customer_name", "shipping_address", "shipping_address_id");
		assertFieldErrors(checkout(CartFixtures.guest(token), """
				{"customer_email": "grace@example.com", "customer_name": "Grace", "payment_method": "CASH",
				 "shipping_address": {"full_name": "", "line1": "Unter den Linden 1", "city": "Berlin",
				                      "postal_code": "ABC", "country": "DE"}}"""), "shipping_address.full_name",
				"shipping_address.postal_code");
		assertFieldErrors(checkout(CartFixtures.guest(token), guestCheckout("not-an-email", "")), "customer_email");
		assertFieldErrors(
				checkout(CartFixtures.guest(token), guestCheckout("grace@example.com", ", \"notes\": \"a\\u0000b\"")),
				"notes");
		assertThat(
				checkout(CartFixtures.guest(token), guestCheckout("grace@example.com", ", \"expected_subtotal\": -5")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(checkout(CartFixtures.guest(token), "{\"payment_method\": \"GOLD\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(checkout(CartFixtures.guest(token), guestCheckout("grace@example.com", ", \"coupon\": \"X\"")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(customerOrders(customer)).isZero();
		assertThat(cartStatus(cartId(CartFixtures.guest(token)))).isEqualTo("ACTIVE");
	}

	@Test
	void ofTwoHundredCustomersRacingForFiftyUnitsExactlyFiftyGetAnOrder() throws InterruptedException {
		UUID lamp = this.inventory.stockedProduct(this.shop, 50);
		int customers = 200;
		List<String> tokens = new ArrayList<>(customers);
		for (int i = 0; i < customers; i++) {
			String token = this.cartShopping.startGuestCart(new CartCaller(null, null)).cartToken();
			this.cartShopping.addItem(new CartCaller(null, token), lamp, 1);
			tokens.add(token);
		}

		List<Race.Outcome<String>> outcomes = Race.of(customers, (i) -> {
			MvcTestResult result = checkout(CartFixtures.guest(tokens.get(i)),
					guestCheckout("racer-" + i + "-" + lamp + "@example.com", ""));
			int status = result.getResponse().getStatus();
			return (status == HttpStatus.CREATED.value()) ? "placed"
					: status + " " + JsonPath.read(body(result), "$.code");
		}, Duration.ofSeconds(60));

		Map<String, Long> answers = outcomes.stream()
			.map(Race.Outcome::value)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(answers).containsOnly(Map.entry("placed", 50L), Map.entry("409 insufficient_stock", 150L));
		assertThat(this.jdbc.sql("select count(*) from ordering.order_item where product_id = ?")
			.param(lamp)
			.query(Long.class)
			.single()).isEqualTo(50);
		assertThat(this.jdbc.sql("select count(*) from inventory.reservation where product_id = ? and state = 'ACTIVE'")
			.param(lamp)
			.query(Long.class)
			.single()).isEqualTo(50);
		assertThat(this.jdbc.sql("select available from inventory.stock_available where product_id = ?")
			.param(lamp)
			.query(Integer.class)
			.optional()).hasValue(0);
	}

	@Test
	void aFailureAfterTheReservationBeforeTheCommitLeavesNothingBehind() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 2);
		UUID cartId = cartId(CartFixtures.user(customer));
		String code = PromotionsFixtures.uniqueCode("FAIL");
		PromotionView promotion = this.promotions.percentagePromotion(code, "10.00");
		assertThat(this.carts.applyPromotion(CartFixtures.user(customer), code)).hasStatusOk();
		this.faults.failNextOrderOf(customer.userId());

		assertThat(checkout(CartFixtures.user(customer), customerCheckout(address, "")))
			.hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);

		assertThat(this.promotions.usageCount(promotion.id())).isZero();
		assertNothingPlaced(customer, cartId, lamp);
		MvcTestResult cart = this.carts.show(CartFixtures.user(customer));
		assertThat(cart).bodyJson().extractingPath("$.items[0].quantity").isEqualTo(2);
		assertThat(cart).bodyJson().extractingPath("$.promotion.code").isEqualTo(code);

		// the same checkout goes through once nothing fails
		assertThat(checkout(CartFixtures.user(customer), customerCheckout(address, ""))).hasStatus(HttpStatus.CREATED);
		assertThat(this.promotions.usageCount(promotion.id())).isEqualTo(1);
	}

	@Test
	void oneLineAndTenLinesTakeTheSameStatements() {
		Session one = this.accounts.customer();
		UUID oneAddress = this.addresses.address(one).id();
		Session ten = this.accounts.customer();
		UUID tenAddress = this.addresses.address(ten).id();
		for (int i = 0; i < 10; i++) {
			UUID product = this.inventory.stockedProduct(this.shop, 5);
			if (i == 0) {
				this.carts.add(CartFixtures.user(one), product, 1);
			}
			this.carts.add(CartFixtures.user(ten), product, 1);
		}

		QueryCounter.reset();
		assertThat(checkout(CartFixtures.user(one), customerCheckout(oneAddress, ""))).hasStatus(HttpStatus.CREATED);
		long forOne = QueryCounter.count();
		QueryCounter.reset();
		assertThat(checkout(CartFixtures.user(ten), customerCheckout(tenAddress, ""))).hasStatus(HttpStatus.CREATED);
		long forTen = QueryCounter.count();

		assertThat(forTen).as("statements of a checkout of 10 lines (1 line: %d)", forOne).isEqualTo(forOne);
		assertThat(forOne).as("statements of a checkout of 1 line").isLessThanOrEqualTo(17);
	}

	@Test
	void theSameCheckoutSentTwiceWithOneKeyPlacesOneOrder() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		UUID address = this.addresses.address(customer).id();
		this.carts.add(CartFixtures.user(customer), lamp, 1);
		String key = UUID.randomUUID().toString();

		MvcTestResult first = checkout(CartFixtures.user(customer), customerCheckout(address, ""), key);
		MvcTestResult second = checkout(CartFixtures.user(customer), customerCheckout(address, ""), key);

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(second).hasStatus(HttpStatus.CREATED);
		assertThat(second).headers().hasValue("Idempotent-Replayed", "true");
		assertThat(JsonPath.<String>read(body(second), "$.id")).isEqualTo(JsonPath.read(body(first), "$.id"));
		assertThat(second).headers()
			.hasValue(HttpHeaders.LOCATION, first.getResponse().getHeader(HttpHeaders.LOCATION));
		assertThat(customerOrders(customer)).isEqualTo(1);
	}

	private MvcTestResult checkout(CartFixtures.Caller caller, String json) {
		return this.carts.send(caller, this.mvc.post().uri("/api/v1/checkout"), json);
	}

	private MvcTestResult checkout(CartFixtures.Caller caller, String json, String idempotencyKey) {
		return caller.sign(this.mvc.post().uri("/api/v1/checkout"))
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static String customerCheckout(UUID shippingAddressId, String more) {
		return "{\"shipping_address_id\": \"%s\", \"payment_method\": \"CREDIT_CARD\"%s}".formatted(shippingAddressId,
				more);
	}

	private static String guestCheckout(String email, String more) {
		return """
				{"customer_email": "%s", "customer_name": "Grace Hopper", "payment_method": "BANK_TRANSFER",
				 "shipping_address": %s%s}""".formatted(email, GUEST_ADDRESS, more);
	}

	private UUID cartId(CartFixtures.Caller caller) {
		return UUID.fromString(JsonPath.read(body(this.carts.show(caller)), "$.id"));
	}

	private String cartStatus(UUID cartId) {
		return this.jdbc.sql("select status from cart.cart where id = ?").param(cartId).query(String.class).single();
	}

	private UUID cartOrder(UUID cartId) {
		return this.jdbc.sql("select order_id from cart.cart where id = ?").param(cartId).query(UUID.class).single();
	}

	private long customerOrders(Session customer) {
		return this.jdbc.sql("select count(*) from ordering.customer_order where user_id = ?")
			.param(customer.userId())
			.query(Long.class)
			.single();
	}

	/**
	 * The cart is still active and the customer has no order and no product a
	 * reservation.
	 */
	private void assertNothingPlaced(Session customer, UUID cartId, UUID... productIds) {
		assertThat(cartStatus(cartId)).isEqualTo("ACTIVE");
		assertThat(customerOrders(customer)).isZero();
		for (UUID productId : productIds) {
			assertThat(this.jdbc.sql("select count(*) from inventory.reservation where product_id = ?")
				.param(productId)
				.query(Long.class)
				.single()).as("reservations of %s", productId).isZero();
		}
	}

	/**
	 * Other tests change the shipping methods and tax rates of the shared database, so
	 * the total is checked against its parts rather than a number.
	 */
	private static void assertTotalAddsUp(MvcTestResult placed) {
		String json = body(placed);
		BigDecimal total = new BigDecimal(JsonPath.<String>read(json, "$.subtotal"))
			.subtract(new BigDecimal(JsonPath.<String>read(json, "$.discount_total")))
			.add(new BigDecimal(JsonPath.<String>read(json, "$.shipping_cost")))
			.add(new BigDecimal(JsonPath.<String>read(json, "$.tax")));
		assertThat(new BigDecimal(JsonPath.<String>read(json, "$.total"))).isEqualByComparingTo(total);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
		assertThat(result).hasStatus(status);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

	private static void assertFieldErrors(MvcTestResult result, String... fields) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).containsExactlyInAnyOrder(fields);
	}

}
