package io.mercato.payments;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.addresses.AddressesFixtures;
import io.mercato.cart.CartFixtures;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.ordering.OrderManagement;
import io.mercato.shared.mail.CapturingMailPort;
import io.mercato.shared.mail.MailMessage;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import org.awaitility.Awaitility;
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
 * One purchase from start to end over HTTP, as its three parties live it: a customer
 * registers and confirms their address, fills a cart, checks out and pays; the shopkeeper
 * ships; an admin records delivery, closes the order and refunds part of it. After each
 * step the order, its payment, the stock and its ledger say the same thing, and at the
 * end each party has heard what concerns them.
 */
@MercatoApiTest
class PurchaseJourneyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CapturingMailPort mail;

	AccountsFixtures accounts;

	InventoryFixtures inventory;

	PaymentsFixtures payments;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.payments = PaymentsFixtures.of(this.mvc, this.context);
		this.accounts = this.payments.accounts();
		this.inventory = this.payments.inventory();
		this.shop = this.inventory.shop();
	}

	@AfterEach
	void invariantsHold() {
		this.payments.assertInvariants();
	}

	@Test
	void aCustomerBuysPaysAndIsPartlyRefundedAndEveryoneHearsOfIt() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session admin = this.accounts.admin();

		String email = AccountsFixtures.uniqueEmail("journey");
		this.accounts.registerCustomer(email);
		assertThat(this.accounts.post("/api/v1/auth/verify-email",
				"{\"token\": \"%s\"}".formatted(this.accounts.mailedToken(email))))
			.hasStatus2xxSuccessful();
		Session customer = this.accounts.login(email);
		UUID address = AddressesFixtures.of(this.context).address(customer).id();

		CartFixtures carts = CartFixtures.of(this.mvc, this.context);
		assertThat(carts.add(CartFixtures.user(customer), lamp, 2)).hasStatus2xxSuccessful();
		QueryCounter.reset();
		MvcTestResult checkout = carts.send(CartFixtures.user(customer), this.mvc.post().uri("/api/v1/checkout"),
				"{\"shipping_address_id\": \"%s\", \"payment_method\": \"CREDIT_CARD\"}".formatted(address));
		long checkoutStatements = QueryCounter.count();
		assertThat(checkout).hasStatus(HttpStatus.CREATED);
		UUID orderId = UUID.fromString(JsonPath.read(body(checkout), "$.id"));
		assertThat(stock(lamp)).isEqualTo(List.of(5, 2));

		QueryCounter.reset();
		MvcTestResult paid = this.payments.pay(customer, orderId, "tok_approve");
		long paymentStatements = QueryCounter.count();
		assertThat(paid).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
		assertThat(statusOf(orderId)).isEqualTo("CONFIRMED/PAID");
		assertThat(stock(lamp)).isEqualTo(List.of(3, 0));
		assertThat(checkoutStatements + paymentStatements)
			.as("statements of checkout (%d) and payment (%d)", checkoutStatements, paymentStatements)
			.isLessThanOrEqualTo(25);

		assertThat(post(this.shop.session(), "/api/v1/orders/{id}/ship", orderId,
				"{\"carrier\": \"DHL\", \"tracking_number\": \"00340434161094042557\"}"))
			.hasStatusOk();
		assertThat(statusOf(orderId)).isEqualTo("SHIPPED/PAID");
		assertThat(post(admin, "/api/v1/orders/{id}/deliver", orderId, null)).hasStatusOk();
		assertThat(post(admin, "/api/v1/orders/{id}/complete", orderId, null)).hasStatusOk();
		assertThat(statusOf(orderId)).isEqualTo("COMPLETED/PAID");

		MvcTestResult refund = post(admin, "/api/v1/orders/{id}/refund", orderId,
				"{\"amount\": \"10.00\", \"reason\": \"a scratch on the base\"}");
		assertThat(refund).hasStatus(HttpStatus.CREATED);
		assertThat(statusOf(orderId)).isEqualTo("COMPLETED/PARTIALLY_REFUNDED");
		assertThat(this.payments.refunded(orderId)).isEqualByComparingTo("10.00");
		assertThat(stock(lamp)).as("the goods were kept: no restock").isEqualTo(List.of(3, 0));
		assertThat(this.jdbc
			.sql("select reason from inventory.stock_movement where product_id = ? order by created_at, id")
			.param(lamp)
			.query(String.class)
			.list()).containsExactly("RESTOCK", "RESERVE", "COMMIT");

		Awaitility.await()
			.untilAsserted(() -> assertThat(types(customer)).contains("ORDER_PLACED", "ORDER_PAID", "ORDER_SHIPPED",
					"ORDER_DELIVERED", "REFUND_ISSUED"));
		Awaitility.await()
			.untilAsserted(() -> assertThat(types(this.shop.session())).contains("NEW_ORDER_FOR_SHOP", "ORDER_TO_SHIP",
					"REFUND_ISSUED"));
		assertThat(types(this.inventory.shop().session())).as("another shop hears nothing of it")
			.doesNotContain("NEW_ORDER_FOR_SHOP");
		Awaitility.await()
			.untilAsserted(() -> assertThat(this.mail.sentTo(email)).extracting(MailMessage::subject)
				.anySatisfy((subject) -> assertThat(subject).containsIgnoringCase("payment received"))
				.anySatisfy((subject) -> assertThat(subject).containsIgnoringCase("on its way"))
				.anySatisfy((subject) -> assertThat(subject).containsIgnoringCase("refund")));
	}

	private List<String> types(Session who) {
		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/notifications?page_size=100")
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.exchange();
		assertThat(list).hasStatusOk();
		return JsonPath.read(body(list), "$.results[*].type");
	}

	private MvcTestResult post(Session who, String path, UUID orderId, String json) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri(path, orderId)
			.header(HttpHeaders.AUTHORIZATION, who.bearer());
		return (json != null) ? request.contentType(MediaType.APPLICATION_JSON).content(json).exchange()
				: request.exchange();
	}

	private String statusOf(UUID orderId) {
		var order = this.orders.findOrder(orderId).orElseThrow();
		return order.status() + "/" + order.paymentStatus();
	}

	/** The product's units on hand and reserved. */
	private List<Integer> stock(UUID productId) {
		return this.jdbc.sql("select quantity, reserved from inventory.stock where product_id = ?")
			.param(productId)
			.query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single();
	}

}
