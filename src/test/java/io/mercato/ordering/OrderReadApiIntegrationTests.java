package io.mercato.ordering;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.catalog.CatalogFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.mercato.accounts.AccountsFixtures.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading orders over HTTP: who sees which orders and which of their lines, the list's
 * filters, search and cursor, its statement budget, the detail's ETag, and the 400s of
 * malformed requests. Orders are placed through the module's API.
 */
@MercatoApiTest
class OrderReadApiIntegrationTests {

	private static final String ORDERS = "/api/v1/orders";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	InventoryFixtures inventory;

	OrderingFixtures ordering;

	AccountsFixtures accounts;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.inventory = InventoryFixtures.of(CatalogFixtures.of(this.mvc, this.context), this.context);
		this.ordering = OrderingFixtures.of(this.inventory, this.context);
		this.accounts = AccountsFixtures.of(this.mvc, this.context);
		this.shop = this.inventory.shop();
	}

	@AfterEach
	void invariantsHold() {
		this.inventory.assertLedgerMatchesStock();
		this.ordering.assertOrdersConsistent();
	}

	@Test
	void customersSeeTheirOwnOrdersAndNotAnotherCustomersOrder() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 10);
		Session ada = this.accounts.customer();
		Session bob = this.accounts.customer();
		OrderView first = place(ada, lamp);
		OrderView second = place(ada, lamp);
		OrderView bobs = place(bob, lamp);

		assertThat(ids(get(ada, ORDERS))).containsExactly(second.id().toString(), first.id().toString());
		assertThat(ids(get(bob, ORDERS))).containsExactly(bobs.id().toString());

		MvcTestResult detail = get(ada, ORDERS + "/" + first.id());
		assertThat(detail).hasStatusOk();
		assertThat(detail).bodyJson().extractingPath("$.order_number").isEqualTo(first.orderNumber());
		assertThat(detail).bodyJson().extractingPath("$.items[0].product_id").isEqualTo(lamp.toString());
		assertThat(detail).bodyJson().extractingPath("$.shipping_address.city").isEqualTo("Berlin");
		assertThat(detail).bodyJson().extractingPath("$.payment_status").isEqualTo("UNPAID");
		assertThat(detail).bodyJson().extractingPath("$.total").isEqualTo("30.00");
		assertThat(detail).bodyJson().extractingPath("$.history[0].to").isEqualTo("PENDING");

		for (String path : List.of(ORDERS + "/" + bobs.id(), ORDERS + "/" + bobs.id() + "/history",
				ORDERS + "/" + UUID.randomUUID())) {
			MvcTestResult stranger = get(ada, path);
			assertThat(stranger).as(path).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(stranger).bodyJson().extractingPath("$.code").isEqualTo("order_not_found");
		}
	}

	@Test
	void aGuestReadsTheirOrderWithItsTokenOnly() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		PlacedOrder placed = this.orders
			.placeOrder(OrderingFixtures.guestOrder(AccountsFixtures.uniqueEmail("guest"), lamp, 1));
		String order = ORDERS + "/" + placed.order().id();

		MvcTestResult withToken = this.mvc.get().uri(order).header("X-Order-Token", placed.orderToken()).exchange();
		assertThat(withToken).hasStatusOk();
		assertThat(withToken).bodyJson().extractingPath("$.shipping_address_text").isNotNull();
		assertThat(this.mvc.get().uri(order + "/history").header("X-Order-Token", placed.orderToken())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[0].to")
			.isEqualTo("PENDING");

		for (MvcTestResult refused : List.of(this.mvc.get().uri(order).exchange(),
				this.mvc.get().uri(order).header("X-Order-Token", "not-the-token").exchange(),
				this.mvc.get().uri(order + "/history").exchange(), get(this.accounts.customer(), order))) {
			assertThat(refused).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("order_not_found");
		}
		assertThat(this.mvc.get().uri(ORDERS)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shopkeepersSeeOnlyTheirLinesAndTheirShareOfTheTotals() {
		Shop other = this.inventory.shop();
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID vase = this.inventory.stockedProduct(other, 5);
		Session customer = this.accounts.customer();
		OrderView both = place(customer, lamp, vase);
		OrderView lampOnly = place(customer, lamp);
		place(customer, vase);

		assertThat(ids(get(this.shop.session(), ORDERS))).containsExactly(lampOnly.id().toString(),
				both.id().toString());
		MvcTestResult mine = get(this.shop.session(), ORDERS + "/" + both.id());
		assertThat(mine).hasStatusOk();
		assertThat(JsonPath.<List<String>>read(body(mine), "$.items[*].product_id")).containsExactly(lamp.toString());
		OrderView.Item line = both.items().stream().filter((item) -> item.productId().equals(lamp)).findFirst().get();
		assertThat(mine).bodyJson().extractingPath("$.subtotal").isEqualTo("25.00");
		assertThat(mine).bodyJson().extractingPath("$.shipping_cost").isEqualTo(line.shippingShare().toString());
		assertThat(mine).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(line.lineTotal()
				.minus(line.discountShare())
				.plus(line.shippingShare())
				.plus(line.taxShare())
				.toString());
		assertThat(both.total().toString()).isNotEqualTo(JsonPath.read(body(mine), "$.total"));
		assertThat(JsonPath.<List<String>>read(body(get(this.shop.session(), ORDERS)), "$.results[1].items[*].sku"))
			.hasSize(1);
		assertThat(get(this.shop.session(), ORDERS + "/" + place(customer, vase).id())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void adminsSeeEveryOrderWhole() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = place(customer, lamp);
		Session admin = this.accounts.admin();

		assertThat(ids(get(admin, ORDERS + "?page_size=1"))).containsExactly(order.id().toString());
		assertThat(get(admin, ORDERS + "/" + order.id())).bodyJson().extractingPath("$.total").isEqualTo("30.00");
		assertThat(get(admin, ORDERS + "/" + order.id() + "/history")).hasStatusOk();
	}

	@Test
	void filtersByStatusPaymentStatusPlacementTimeAndSearch() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 10);
		Session customer = this.accounts.customer();
		OrderView first = place(customer, lamp);
		OrderView paid = place(customer, lamp);
		this.orders.startPayment(paid.id());
		this.orders.confirmPayment(paid.id());
		OrderView third = place(customer, lamp);

		assertThat(ids(get(customer, ORDERS + "?status=CONFIRMED"))).containsExactly(paid.id().toString());
		assertThat(ids(get(customer, ORDERS + "?status=PENDING"))).containsExactly(third.id().toString(),
				first.id().toString());
		assertThat(ids(get(customer, ORDERS + "?payment_status=PAID"))).containsExactly(paid.id().toString());
		assertThat(ids(get(customer, ORDERS + "?payment_status=UNPAID&status=CONFIRMED"))).isEmpty();
		assertThat(ids(get(customer, ORDERS + "?created_after=" + paid.placedAt())))
			.containsExactly(third.id().toString(), paid.id().toString());
		assertThat(ids(get(customer, ORDERS + "?created_before=" + paid.placedAt())))
			.containsExactly(first.id().toString());
		assertThat(ids(
				get(customer, ORDERS + "?created_after=" + first.placedAt() + "&created_before=" + third.placedAt())))
			.containsExactly(paid.id().toString(), first.id().toString());
		assertThat(ids(get(customer, ORDERS + "?search=" + paid.orderNumber().toLowerCase())))
			.containsExactly(paid.id().toString());
		assertThat(ids(get(customer, ORDERS + "?search=%20" + first.customerEmail().toUpperCase() + "%20")))
			.containsExactly(third.id().toString(), paid.id().toString(), first.id().toString());
		assertThat(ids(get(customer, ORDERS + "?search=" + first.orderNumber().substring(0, 6)))).isEmpty();
		// an admin finds the customer's orders by their address
		assertThat(ids(get(this.accounts.admin(), ORDERS + "?search=" + first.customerEmail()))).hasSize(3);
	}

	@Test
	void pagesForwardAndBackWithTheCursor() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 10);
		Session customer = this.accounts.customer();
		OrderView first = place(customer, lamp);
		OrderView second = place(customer, lamp);
		OrderView third = place(customer, lamp);

		MvcTestResult page1 = get(customer, ORDERS + "?page_size=2");
		assertThat(ids(page1)).containsExactly(third.id().toString(), second.id().toString());
		assertThat(page1).bodyJson().extractingPath("$.previous").isNull();
		String next = JsonPath.read(body(page1), "$.next");
		MvcTestResult page2 = get(customer, next);
		assertThat(ids(page2)).containsExactly(first.id().toString());
		assertThat(page2).bodyJson().extractingPath("$.next").isNull();
		String previous = JsonPath.read(body(page2), "$.previous");
		MvcTestResult back = get(customer, previous);
		assertThat(ids(back)).containsExactly(third.id().toString(), second.id().toString());
		assertThat(back).bodyJson().extractingPath("$.previous").isNull();
	}

	@Test
	void aPageTakesAtMostThreeStatementsWhateverItsSize() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 30);
		Session customer = this.accounts.customer();
		// one address for all of them: a customer keeps at most 20
		PlaceOrder order = this.ordering.order(user(customer), lamp);
		for (int i = 0; i < 21; i++) {
			this.orders.placeOrder(order);
		}
		Session admin = this.accounts.admin();

		for (String query : List.of("?page_size=1", "?page_size=20", "?page_size=20&status=PENDING")) {
			for (Session session : List.of(customer, this.shop.session(), admin)) {
				QueryCounter.reset();
				MvcTestResult page = get(session, ORDERS + query);
				long statements = QueryCounter.count();
				assertThat(page).hasStatusOk();
				assertThat(statements).as(query + ", the session check included").isLessThanOrEqualTo(3);
			}
		}
		String next = JsonPath.read(body(get(customer, ORDERS + "?page_size=20")), "$.next");
		QueryCounter.reset();
		assertThat(ids(get(customer, next))).hasSize(1);
		assertThat(QueryCounter.count()).as("the second page").isLessThanOrEqualTo(3);
	}

	@Test
	void answersTheVersionAsAStrongETagAndNotModifiedWhileItHolds() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = place(customer, lamp);
		this.orders.startPayment(order.id());

		MvcTestResult detail = get(customer, ORDERS + "/" + order.id());
		long version = ((Number) JsonPath.read(body(detail), "$.version")).longValue();
		assertThat(version).isGreaterThan(order.version());
		assertThat(detail).hasHeader(HttpHeaders.ETAG, "\"" + version + "\"");

		MvcTestResult unchanged = this.mvc.get()
			.uri(ORDERS + "/" + order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.header(HttpHeaders.IF_NONE_MATCH, "\"" + version + "\"")
			.exchange();
		assertThat(unchanged).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(unchanged).hasHeader(HttpHeaders.ETAG, "\"" + version + "\"");
		MvcTestResult changed = this.mvc.get()
			.uri(ORDERS + "/" + order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.header(HttpHeaders.IF_NONE_MATCH, "\"" + order.version() + "\"")
			.exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.status").isEqualTo("PROCESSING");
	}

	@Test
	void refusesMalformedListParametersAndIds() {
		Session customer = this.accounts.customer();
		String[][] cases = { { "status=SHIPPING", "status" }, { "status=pending", "status" },
				{ "payment_status=NONE", "payment_status" }, { "created_after=yesterday", "created_after" },
				{ "created_before=2025-13-01T00:00:00Z", "created_before" },
				{ "created_after=%2B10000-01-01T00:00:00Z", "created_after" },
				{ "created_after=2025-02-01T00:00:00Z&created_before=2025-01-01T00:00:00Z", "created_after" },
				{ "page_size=0", "page_size" }, { "page_size=101", "page_size" },
				{ "page_size=99999999999999999999", "page_size" }, { "page_size=-1", "page_size" },
				{ "cursor=garbage", "cursor" }, { "search=a%00b", "search" }, { "search=" + "x".repeat(255), "search" },
				{ "search=%E2%80%AE%00", "search" } };
		for (String[] invalid : cases) {
			// a URI, not a template: the query is sent as written, percent escapes
			// included
			MvcTestResult result = this.mvc.get()
				.uri(URI.create(ORDERS + "?" + invalid[0]))
				.header(HttpHeaders.AUTHORIZATION, customer.bearer())
				.exchange();
			assertThat(result).as(invalid[0]).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).as(invalid[0]).hasContentType("application/problem+json");
			assertThat(JsonPath.<List<String>>read(body(result), "$.errors[*].field")).as(invalid[0])
				.containsExactly(invalid[1]);
		}
		for (String path : List.of(ORDERS + "/not-a-uuid", ORDERS + "/not-a-uuid/history")) {
			assertThat(get(customer, path)).as(path).hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

	private OrderView place(Session customer, UUID... productIds) {
		return this.ordering.place(user(customer), productIds).order();
	}

	private static CurrentUser user(Session customer) {
		return new CurrentUser(customer.userId(), Role.CUSTOMER, customer.sessionId());
	}

	private MvcTestResult get(Session session, String path) {
		return this.mvc.get().uri(URI.create(path)).header(HttpHeaders.AUTHORIZATION, session.bearer()).exchange();
	}

	private static List<String> ids(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return JsonPath.read(body(result), "$.results[*].id");
	}

}
