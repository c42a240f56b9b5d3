package io.mercato.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.catalog.ProductStatus;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.promotions.PromotionType;
import io.mercato.promotions.PromotionsFixtures;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import io.mercato.testing.Race;
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
 * The cart over HTTP: guests by token, customers by login, the merge at login, the checks
 * on adding, the problems a line shows, and the query budgets.
 */
@MercatoApiTest
class CartApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	AccountsFixtures accounts;

	CatalogFixtures catalog;

	InventoryFixtures inventory;

	CartFixtures carts;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.catalog = CatalogFixtures.of(this.mvc, this.context);
		this.accounts = this.catalog.accounts();
		this.inventory = InventoryFixtures.of(this.catalog, this.context);
		this.carts = CartFixtures.of(this.mvc, this.context);
		this.shop = this.inventory.shop();
	}

	@Test
	void aGuestFillsACartByTokenAndSeesTheCatalogsCurrentPrice() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 10);
		String token = this.carts.guestCart();

		MvcTestResult added = this.carts.add(CartFixtures.guest(token), lamp, 2);
		assertThat(added).hasStatus(HttpStatus.CREATED);
		assertThat(added).bodyJson().extractingPath("$.quantity").isEqualTo(2);
		assertThat(added).bodyJson().extractingPath("$.line_total").isEqualTo("50.00");
		assertThat(this.carts.add(CartFixtures.guest(token), lamp, 1)).bodyJson()
			.extractingPath("$.quantity")
			.isEqualTo(3);

		this.catalog.send(this.shop.session(), this.mvc.patch().uri("/api/v1/products/{id}", lamp),
				"{\"price\": \"19.99\"}");
		MvcTestResult cart = this.carts.show(CartFixtures.guest(token));
		assertThat(cart).hasStatusOk();
		assertThat(cart).bodyJson().extractingPath("$.items.length()").isEqualTo(1);
		assertThat(cart).bodyJson().extractingPath("$.items[0].unit_price").isEqualTo("19.99");
		assertThat(cart).bodyJson().extractingPath("$.items[0].line_total").isEqualTo("59.97");
		assertThat(cart).bodyJson().extractingPath("$.items[0].available").isEqualTo(10);
		assertThat(cart).bodyJson().extractingPath("$.subtotal").isEqualTo("59.97");
		assertThat(cart).bodyJson().extractingPath("$.total").isEqualTo("59.97");
		assertThat(cart).bodyJson().extractingPath("$.total_items").isEqualTo(3);

		assertThat(this.carts.show(CartFixtures.guest("not-a-token"))).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("cart_not_found");
		assertThat(this.carts.show(CartFixtures.anonymous())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aGuestCartMergesIntoTheCustomersCartAtLoginCappedByTheStock() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 4);
		UUID shade = this.inventory.stockedProduct(this.shop, 9);
		Session customer = this.accounts.customer();
		this.carts.add(CartFixtures.user(customer), lamp, 2);
		String token = this.carts.guestCart();
		this.carts.add(CartFixtures.guest(token), lamp, 3);
		this.carts.add(CartFixtures.guest(token), shade, 1);
		String code = PromotionsFixtures.uniqueCode("WELCOME");
		PromotionsFixtures.of(this.context).percentagePromotion(code, "10.00");
		assertThat(this.carts.applyPromotion(CartFixtures.guest(token), code)).hasStatusOk();

		MvcTestResult merged = this.carts.show(CartFixtures.both(customer, token));
		assertThat(merged).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(merged), "$.items[*].product_id")).containsExactly(lamp.toString(),
				shade.toString());
		assertThat(JsonPath.<List<Integer>>read(body(merged), "$.items[*].quantity")).containsExactly(4, 1);
		// the customer had no code, so the guest's comes along
		assertThat(JsonPath.<String>read(body(merged), "$.promotion.code")).isEqualTo(code);
		assertThat(JsonPath.<String>read(body(merged), "$.discount_total")).isEqualTo("12.50");

		// the guest cart is gone: its token opens nothing, and sending it again changes
		// nothing
		assertThat(this.carts.show(CartFixtures.guest(token))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(JsonPath.<List<Integer>>read(body(this.carts.show(CartFixtures.both(customer, token))),
				"$.items[*].quantity"))
			.containsExactly(4, 1);
	}

	@Test
	void refusesProductsThatCannotBeBoughtWithAClearCode() {
		Session customer = this.accounts.customer();
		CartFixtures.Caller caller = CartFixtures.user(customer);
		UUID draft = this.catalog.product(this.shop.user(), this.inventory.category(), "12.00", ProductStatus.DRAFT);
		UUID lamp = this.inventory.stockedProduct(this.shop, 3);

		assertThat(this.carts.add(caller, draft, 1)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("product_unavailable");
		assertThat(this.carts.add(caller, UUID.randomUUID(), 1)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("product_not_found");
		assertThat(this.carts.add(CartFixtures.user(this.shop.session()), lamp, 1)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("own_product");

		MvcTestResult tooMany = this.carts.add(caller, lamp, 4);
		assertThat(tooMany).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("insufficient_stock");
		assertThat(tooMany).bodyJson().extractingPath("$.items[0].product_id").isEqualTo(lamp.toString());
		assertThat(tooMany).bodyJson().extractingPath("$.items[0].requested").isEqualTo(4);
		assertThat(tooMany).bodyJson().extractingPath("$.items[0].available").isEqualTo(3);

		for (String quantity : new String[] { "0", "-1", "1001", "99999999999", "1.5", "null", "\"two\"" }) {
			assertThat(this.carts.send(caller, this.mvc.post().uri("/api/v1/cart/items"),
					"{\"product_id\": \"%s\", \"quantity\": %s}".formatted(lamp, quantity)))
				.as(quantity)
				.hasStatus(HttpStatus.BAD_REQUEST);
		}
		assertThat(this.carts.send(caller, this.mvc.post().uri("/api/v1/cart/items"),
				"{\"product_id\": \"%s\", \"quantity\": 1, \"price\": \"0.01\"}".formatted(lamp)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.carts.send(caller, this.mvc.post().uri("/api/v1/cart/items"),
				"{\"product_id\": \"lamp\", \"quantity\": 1}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(JsonPath.<List<Object>>read(body(this.carts.show(caller)), "$.items")).isEmpty();
	}

	@Test
	void aLineHoldsAtMostAThousandUnits() {
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		UUID lamp = this.inventory.stockedProduct(this.shop, 5000);
		assertThat(this.carts.add(caller, lamp, 1000)).hasStatus(HttpStatus.CREATED);

		assertThat(this.carts.add(caller, lamp, 1)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("quantity_limit_exceeded");
	}

	@Test
	void anotherCustomersLineAnswers404() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		CartFixtures.Caller owner = CartFixtures.user(this.accounts.customer());
		CartFixtures.Caller other = CartFixtures.user(this.accounts.customer());
		String itemId = JsonPath.read(body(this.carts.add(owner, lamp, 1)), "$.id");
		String guestToken = this.carts.guestCart();

		for (CartFixtures.Caller stranger : List.of(other, CartFixtures.guest(guestToken))) {
			assertThat(this.carts.send(stranger, this.mvc.patch().uri("/api/v1/cart/items/{id}", itemId),
					"{\"quantity\": 2}"))
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("cart_item_not_found");
			assertThat(this.carts.send(stranger, this.mvc.delete().uri("/api/v1/cart/items/{id}", itemId)))
				.hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(JsonPath.<List<Integer>>read(body(this.carts.show(owner)), "$.items[*].quantity"))
			.containsExactly(1);
		assertThat(this.carts.send(owner, this.mvc.delete().uri("/api/v1/cart/items/{id}", "not-a-uuid")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void changesAndRemovesLinesAndEmptiesTheCart() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID shade = this.inventory.stockedProduct(this.shop, 5);
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		String lampLine = JsonPath.read(body(this.carts.add(caller, lamp, 1)), "$.id");
		String shadeLine = JsonPath.read(body(this.carts.add(caller, shade, 1)), "$.id");

		assertThat(
				this.carts.send(caller, this.mvc.patch().uri("/api/v1/cart/items/{id}", lampLine), "{\"quantity\": 5}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.quantity")
			.isEqualTo(5);
		assertThat(
				this.carts.send(caller, this.mvc.patch().uri("/api/v1/cart/items/{id}", lampLine), "{\"quantity\": 6}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("insufficient_stock");
		assertThat(this.carts.send(caller, this.mvc.patch().uri("/api/v1/cart/items/{id}", shadeLine),
				"{\"quantity\": 0}"))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(JsonPath.<List<Integer>>read(body(this.carts.show(caller)), "$.items[*].quantity"))
			.containsExactly(5);

		assertThat(this.carts.send(caller, this.mvc.delete().uri("/api/v1/cart/items/{id}", lampLine)))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.carts.send(caller, this.mvc.delete().uri("/api/v1/cart/items/{id}", lampLine)))
			.hasStatus(HttpStatus.NOT_FOUND);
		this.carts.add(caller, lamp, 2);
		assertThat(this.carts.send(caller, this.mvc.delete().uri("/api/v1/cart"))).hasStatus(HttpStatus.NO_CONTENT);
		MvcTestResult empty = this.carts.show(caller);
		assertThat(empty).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(empty).bodyJson().extractingPath("$.subtotal").isEqualTo("0.00");
		assertThat(empty).bodyJson().extractingPath("$.promotion").isNull();
	}

	@Test
	void eachLineShowsWhatStandsInTheWayOfBuyingIt() {
		UUID scarce = this.inventory.stockedProduct(this.shop, 3);
		UUID soldOut = this.inventory.stockedProduct(this.shop, 2);
		UUID withdrawn = this.inventory.stockedProduct(this.shop, 5);
		UUID fine = this.inventory.stockedProduct(this.shop, 5);
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		this.carts.add(caller, scarce, 3);
		this.carts.add(caller, soldOut, 2);
		this.carts.add(caller, withdrawn, 1);
		this.carts.add(caller, fine, 1);

		this.inventory.adjust(this.shop, scarce, -2);
		this.inventory.adjust(this.shop, soldOut, -2);
		this.catalog.send(this.shop.session(), this.mvc.patch().uri("/api/v1/products/{id}", withdrawn),
				"{\"status\": \"DRAFT\"}");

		String cart = body(this.carts.show(caller));
		assertThat(JsonPath.<List<List<String>>>read(cart, "$.items[*].problems"))
			.containsExactly(List.of("insufficient_stock"), List.of("out_of_stock"), List.of("unavailable"), List.of());
		assertThat(JsonPath.<List<Integer>>read(cart, "$.items[*].available")).containsExactly(1, 0, 5, 5);
		// a line that cannot be bought adds nothing to the subtotal
		assertThat(JsonPath.<List<String>>read(cart, "$.items[*].line_total")).containsExactly("75.00", "50.00", "0.00",
				"25.00");
		assertThat(JsonPath.<String>read(cart, "$.subtotal")).isEqualTo("150.00");
		assertThat(JsonPath.<Integer>read(cart, "$.total_items")).isEqualTo(7);
	}

	@Test
	void showsTheCartInThreeStatementsWhateverItsSizeAndAddsInSix() {
		CartFixtures.Caller small = CartFixtures.user(this.accounts.customer());
		CartFixtures.Caller large = CartFixtures.user(this.accounts.customer());
		List<UUID> products = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			products.add(this.inventory.stockedProduct(this.shop, 5));
		}
		this.carts.add(small, products.get(0), 1);
		for (UUID product : products.subList(0, 49)) {
			this.carts.add(large, product, 2);
		}

		QueryCounter.reset();
		assertThat(this.carts.add(large, products.get(49), 2)).hasStatus(HttpStatus.CREATED);
		// the session, the cart's lock, the product with the cart's line of it, its
		// stock, the line
		assertThat(QueryCounter.count()).as("adding a line").isLessThanOrEqualTo(5);
		for (CartFixtures.Caller caller : List.of(small, large)) {
			QueryCounter.reset();
			assertThat(this.carts.show(caller)).hasStatusOk();
			assertThat(QueryCounter.count()).as("showing a cart").isLessThanOrEqualTo(3);
		}
		String token = this.carts.guestCart();
		this.carts.add(CartFixtures.guest(token), products.get(0), 1);
		QueryCounter.reset();
		assertThat(this.carts.show(CartFixtures.guest(token))).hasStatusOk();
		assertThat(QueryCounter.count()).as("showing a guest's cart").isLessThanOrEqualTo(2);
		assertThat(this.carts.show(large)).bodyJson().extractingPath("$.total_items").isEqualTo(100);
		assertThat(this.carts.show(large)).bodyJson().extractingPath("$.subtotal").isEqualTo("2500.00");
	}

	@Test
	void concurrentAddsToOneCartNeverTakeMoreThanTheStockHas() throws Exception {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		this.carts.show(caller);

		List<Race.Outcome<Integer>> outcomes = Race.of(12,
				(i) -> this.carts.add(caller, lamp, 1).getResponse().getStatus());

		assertThat(outcomes).extracting(Race.Outcome::value)
			.filteredOn((status) -> status == HttpStatus.CREATED.value())
			.hasSize(5);
		assertThat(outcomes).extracting(Race.Outcome::value)
			.filteredOn((status) -> status != HttpStatus.CREATED.value())
			.containsOnly(HttpStatus.CONFLICT.value());
		assertThat(JsonPath.<List<Integer>>read(body(this.carts.show(caller)), "$.items[*].quantity"))
			.containsExactly(5);
	}

	@Test
	void idleCartsAreAbandonedAndTheCustomerGetsANewOne() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		String token = this.carts.guestCart();
		this.carts.add(caller, lamp, 1);
		this.carts.add(CartFixtures.guest(token), lamp, 1);
		String before = JsonPath.read(body(this.carts.show(caller)), "$.id");
		this.jdbc.sql("update cart.cart set updated_at = ? where id = ? or token_hash is not null")
			.params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(15))), UUID.fromString(before))
			.update();

		assertThat(this.carts.abandonIdleCarts()).isGreaterThanOrEqualTo(2);

		MvcTestResult after = this.carts.show(caller);
		assertThat(JsonPath.<String>read(body(after), "$.id")).isNotEqualTo(before);
		assertThat(after).bodyJson().extractingPath("$.items").asArray().isEmpty();
		assertThat(this.carts.show(CartFixtures.guest(token))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("select status from cart.cart where id = ?")
			.param(UUID.fromString(before))
			.query(String.class)
			.single()).isEqualTo("ABANDONED");
	}

	@Test
	void aPromotionCodeMustApplyToBeEntered() {
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		assertThat(this.carts.applyPromotion(caller, "WELCOME10")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("empty_cart");
		this.carts.add(caller, this.inventory.stockedProduct(this.shop, 5), 1);

		MvcTestResult unknown = this.carts.applyPromotion(caller, "NO-SUCH-CODE");
		assertThat(unknown).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("promotion_not_applicable");
		assertThat(unknown).bodyJson().extractingPath("$.reason").isEqualTo("unknown_code");
		assertThat(this.carts.show(caller)).bodyJson().extractingPath("$.promotion").isNull();
		assertThat(this.carts.send(caller, this.mvc.delete().uri("/api/v1/cart/promotion")))
			.hasStatus(HttpStatus.NO_CONTENT);
	}

	@Test
	void showsTheDiscountOfTheCodeEnteredOrElseOfAnAutomaticPromotion() {
		PromotionsFixtures promotions = PromotionsFixtures.of(this.context);
		UUID lamp = this.inventory.stockedProduct(this.shop, 10);
		CartFixtures.Caller caller = CartFixtures.user(this.accounts.customer());
		this.carts.add(caller, lamp, 3);
		promotions.automaticPromotion(PromotionType.PERCENTAGE, "10.00", this.shop.id());

		String automatic = body(this.carts.show(caller));
		assertThat(JsonPath.<String>read(automatic, "$.discount_total")).isEqualTo("7.50");
		assertThat(JsonPath.<String>read(automatic, "$.total")).isEqualTo("67.50");
		assertThat(JsonPath.<Object>read(automatic, "$.promotion.code")).isNull();
		assertThat(JsonPath.<Boolean>read(automatic, "$.promotion.applicable")).isTrue();

		String code = PromotionsFixtures.uniqueCode("SAVE");
		UUID promotionId = promotions.percentagePromotion(code, "20.00").id();
		MvcTestResult entered = this.carts.applyPromotion(caller, code.toLowerCase());
		assertThat(entered).hasStatusOk();
		assertThat(entered).bodyJson().extractingPath("$.promotion.code").isEqualTo(code);
		assertThat(entered).bodyJson().extractingPath("$.discount_total").isEqualTo("15.00");
		assertThat(this.carts.show(caller)).bodyJson().extractingPath("$.total").isEqualTo("60.00");

		// a code that stops applying stays on the cart, shown with the reason, until
		// removed
		this.jdbc.sql("update promotions.promotion set ends_at = now() - interval '1 minute' where id = ?")
			.param(promotionId)
			.update();
		String expired = body(this.carts.show(caller));
		assertThat(JsonPath.<Boolean>read(expired, "$.promotion.applicable")).isFalse();
		assertThat(JsonPath.<String>read(expired, "$.promotion.reason")).isEqualTo("expired");
		assertThat(JsonPath.<String>read(expired, "$.discount_total")).isEqualTo("0.00");
		assertThat(this.carts.send(caller, this.mvc.delete().uri("/api/v1/cart/promotion")))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.carts.show(caller)).bodyJson().extractingPath("$.discount_total").isEqualTo("7.50");
	}

	@Test
	void aLoggedInCustomerNeedsNoGuestCart() {
		assertThat(this.carts.send(CartFixtures.user(this.accounts.customer()), this.mvc.post().uri("/api/v1/carts")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("signed_in");
		assertThat(this.mvc.post().uri("/api/v1/carts").contentType(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.cart_token")
			.isNotNull();
		assertThat(this.mvc.get().uri("/api/v1/cart").header(CartFixtures.CART_TOKEN, "x\u0000y"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/cart").header(HttpHeaders.AUTHORIZATION, "Bearer nonsense"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

}
