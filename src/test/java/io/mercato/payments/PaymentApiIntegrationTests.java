package io.mercato.payments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.inventory.InventoryManagement;
import io.mercato.ordering.FulfilmentStatus;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.OrderingFixtures;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PlacedOrder;
import io.mercato.ordering.internal.OrderingJobs;
import io.mercato.payments.internal.PaymentJobs;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
import io.mercato.testing.QueryCounter;
import io.mercato.testing.Race;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying orders over HTTP: through the simulated gateway's outcomes, offline, as a guest,
 * and what everyone else gets; the order's status and stock follow each outcome.
 */
@MercatoApiTest
class PaymentApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderManagement orders;

	@Autowired
	InventoryManagement stock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	AccountsFixtures accounts;

	InventoryFixtures inventory;

	OrderingFixtures ordering;

	PaymentsFixtures payments;

	Shop shop;

	@BeforeEach
	void setUp() {
		this.payments = PaymentsFixtures.of(this.mvc, this.context);
		this.accounts = this.payments.accounts();
		this.inventory = this.payments.inventory();
		this.ordering = this.payments.ordering();
		this.shop = this.inventory.shop();
	}

	@AfterEach
	void invariantsHold() {
		this.payments.assertInvariants();
	}

	@Test
	void aCustomerPaysAndTheOrderIsConfirmedAndItsStockSold() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 2);

		MvcTestResult paid = this.payments.pay(customer, order.id(), "tok_approve");

		assertThat(paid).hasStatus(HttpStatus.CREATED);
		assertThat(paid).bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
		assertThat(paid).bodyJson().extractingPath("$.amount").isEqualTo(order.total().toString());
		assertThat(paid).bodyJson().extractingPath("$.method").isEqualTo("CREDIT_CARD");
		assertThat(paid).bodyJson().extractingPath("$.gateway").isEqualTo("simulated");
		assertThat(paid).bodyJson().extractingPath("$.transaction_id").asString().startsWith("sim_");
		assertThat(paid).bodyJson().extractingPath("$.paid_at").isNotNull();
		assertThat(AccountsFixtures.body(paid)).doesNotContain("tok_approve").doesNotContain("gateway_response");
		assertThat(paid.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/api/v1/payments/" + PaymentsFixtures.id(paid));
		OrderView confirmed = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(confirmed.paymentStatus()).isEqualTo(io.mercato.ordering.PaymentStatus.PAID);
		assertThat(confirmed.history()).extracting((change) -> change.from() + ">" + change.to())
			.containsExactly("null>PENDING", "PENDING>PROCESSING", "PROCESSING>CONFIRMED");
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("COMMITTED");
		assertThat(available(lamp)).isEqualTo(3);

		MvcTestResult list = this.mvc.get()
			.uri("/api/v1/orders/{id}/payments", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.exchange();
		assertThat(list).hasStatusOk().bodyJson().extractingPath("$.results.length()").isEqualTo(1);
		MvcTestResult one = this.mvc.get()
			.uri("/api/v1/payments/{id}", PaymentsFixtures.id(paid))
			.header(HttpHeaders.AUTHORIZATION, this.shop.session().bearer())
			.exchange();
		assertThat(one).as("the shopkeeper of its lines reads it").hasStatusOk();
	}

	@Test
	void aDeclinedPaymentFailsTheOrderAndTheCustomerPaysAgainWhileTheStockStaysReserved() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.DEBIT_CARD, lamp, 1);

		MvcTestResult declined = this.payments.pay(customer, order.id(), "tok_decline");

		assertThat(declined).hasStatus(HttpStatus.CREATED);
		assertThat(declined).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
		assertThat(declined).bodyJson().extractingPath("$.failure_code").isEqualTo("card_declined");
		assertThat(status(order.id())).isEqualTo(OrderStatus.FAILED);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("ACTIVE");
		assertThat(available(lamp)).isEqualTo(4);

		assertThat(this.payments.pay(customer, order.id(), "tok_error")).bodyJson()
			.extractingPath("$.failure_code")
			.isEqualTo("gateway_error");
		MvcTestResult paid = this.payments.pay(customer, order.id(), "tok_approve");

		assertThat(paid).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
		assertThat(status(order.id())).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("FAILED", "FAILED", "COMPLETED");
		assertThat(this.orders.findOrder(order.id()).orElseThrow().history())
			.extracting((change) -> change.from() + ">" + change.to())
			.containsExactly("null>PENDING", "PENDING>PROCESSING", "PROCESSING>FAILED", "FAILED>PROCESSING",
					"PROCESSING>FAILED", "FAILED>PROCESSING", "PROCESSING>CONFIRMED");
	}

	@Test
	void aPaidOrderIsNotPaidTwiceAndACancelledOneNotAtAll() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);

		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("already_paid");

		OrderView other = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		assertThat(PaymentsFixtures.send(this.mvc.post()
			.uri("/api/v1/orders/{id}/cancel", other.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer()), "{\"reason\": \"changed my mind\"}")).hasStatusOk();
		assertThat(this.payments.pay(customer, other.id(), "tok_approve")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_transition");
		assertThat(this.payments.paymentStatuses(other.id())).isEmpty();
	}

	@Test
	void aGuestPaysWithTheOrdersTokenAndNobodyElseMayPayOrSeeIt() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		PlacedOrder placed = this.payments.placeAsGuest(lamp, 1);
		UUID id = placed.order().id();

		assertNotFound(PaymentsFixtures.send(this.mvc.post().uri("/api/v1/orders/{id}/process-payment", id), "{}"));
		assertNotFound(this.payments.pay(this.accounts.customer(), id, "tok_approve"));
		assertNotFound(this.payments.pay(this.inventory.shop().session(), id, "tok_approve"));
		assertThat(this.payments.pay(this.shop.session(), id, "tok_approve")).as("the shopkeeper of its lines")
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("transition_not_allowed");

		MvcTestResult paid = this.mvc.post()
			.uri("/api/v1/orders/{id}/process-payment", id)
			.header("X-Order-Token", placed.orderToken())
			.exchange();

		assertThat(paid).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
		String paymentId = PaymentsFixtures.id(paid);
		assertThat(this.mvc.get().uri("/api/v1/payments/{id}", paymentId).header("X-Order-Token", placed.orderToken()))
			.hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/api/v1/payments/{id}", paymentId)
			.header(HttpHeaders.AUTHORIZATION, this.accounts.customer().bearer())).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("payment_not_found");
		assertThat(this.mvc.get().uri("/api/v1/orders/{id}/payments", id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/payments/{id}", UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aGatewayTimeoutLeavesTheOrderProcessingUntilReconciliationAsksTheGateway() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		OrderView other = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);

		MvcTestResult timedOut = this.payments.pay(customer, order.id(), "tok_timeout");
		assertThat(this.payments.pay(customer, other.id(), "tok_timeout_decline")).hasStatus(HttpStatus.ACCEPTED);

		assertThat(timedOut).hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PROCESSING");
		assertThat(status(order.id())).isEqualTo(OrderStatus.PROCESSING);
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("payment_in_progress");
		assertThat(PaymentJobs.reconcile(this.context)).as("too young to ask about").isZero();

		this.jdbc
			.sql("update payments.payment set created_at = created_at - interval '10 minutes' where order_id in (?, ?)")
			.params(order.id(), other.id())
			.update();
		assertThat(PaymentJobs.reconcile(this.context)).isEqualTo(2);

		assertThat(status(order.id())).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("COMPLETED");
		assertThat(status(other.id())).isEqualTo(OrderStatus.FAILED);
		assertThat(this.payments.paymentStatuses(other.id())).containsExactly("FAILED");
		assertThat(this.jdbc.sql("select attempts from payments.payment where order_id = ?")
			.param(order.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(PaymentJobs.reconcile(this.context)).as("nothing left to resolve").isZero();
	}

	@Test
	void anOfflinePaymentWaitsUntilTheShopkeeperRecordsItReceived() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.BANK_TRANSFER, lamp, 1);

		MvcTestResult pending = this.payments.pay(customer, order.id(), "ignored");

		assertThat(pending).hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		assertThat(pending).bodyJson().extractingPath("$.gateway").isEqualTo("offline");
		assertThat(status(order.id())).isEqualTo(OrderStatus.PENDING);
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("payment_in_progress");
		String paymentId = PaymentsFixtures.id(pending);
		assertThat(markReceived(customer, paymentId)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(markReceived(this.inventory.shop().session(), paymentId)).hasStatus(HttpStatus.NOT_FOUND);

		MvcTestResult received = markReceived(this.shop.session(), paymentId);

		assertThat(received).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
		assertThat(status(order.id())).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(markReceived(this.shop.session(), paymentId)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("not_receivable");
	}

	@Test
	void ofTwoConcurrentReceiptsOfOnePaymentOneIsRecorded() throws Exception {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CASH, lamp, 1);
		String paymentId = PaymentsFixtures.id(this.payments.pay(customer, order.id(), "x"));
		Session admin = this.accounts.admin();

		List<Race.Outcome<Integer>> outcomes = Race.of(2,
				(i) -> markReceived((i == 0) ? admin : this.shop.session(), paymentId).getResponse().getStatus());

		assertThat(outcomes).extracting(Race.Outcome::value).containsExactlyInAnyOrder(200, 409);
		assertThat(status(order.id())).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("COMPLETED");
	}

	@Test
	void aLatePaymentOfAnExpiredOrderTakesItsStockAgainWhileItIsThere() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 3);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.BANK_TRANSFER, lamp, 2);
		String paymentId = PaymentsFixtures.id(this.payments.pay(customer, order.id(), "x"));
		expire(order.id());
		assertThat(available(lamp)).isEqualTo(3);

		assertThat(markReceived(this.shop.session(), paymentId)).hasStatusOk();

		OrderView revived = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(revived.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(revived.paymentStatus()).isEqualTo(io.mercato.ordering.PaymentStatus.PAID);
		assertThat(revived.cancellationReason()).isNull();
		assertThat(revived.items()).extracting(OrderView.Item::fulfilmentStatus)
			.containsExactly(FulfilmentStatus.UNFULFILLED);
		assertThat(available(lamp)).isEqualTo(1);
		assertThat(this.ordering.reservationStates(order.id())).containsExactly("COMMITTED");
	}

	@Test
	void aLatePaymentOfAnExpiredOrderWhoseStockIsGoneIsRefundedInFull() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 2);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.BANK_TRANSFER, lamp, 2);
		String paymentId = PaymentsFixtures.id(this.payments.pay(customer, order.id(), "x"));
		expire(order.id());
		OrderView sold = this.payments.place(this.accounts.customer(), PaymentMethod.CREDIT_CARD, lamp, 1);
		assertThat(available(lamp)).isEqualTo(1);

		assertThat(markReceived(this.shop.session(), paymentId)).hasStatusOk();

		Awaitility.await()
			.untilAsserted(() -> assertThat(this.payments.paymentStatuses(order.id())).containsExactly("REFUNDED"));
		OrderView refused = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(refused.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(refused.cancellationReason()).isEqualTo("stock_unavailable_after_payment");
		assertThat(refused.paymentStatus()).isEqualTo(io.mercato.ordering.PaymentStatus.REFUNDED);
		assertThat(this.payments.refunded(order.id())).isEqualByComparingTo(order.total().amount());
		assertThat(this.jdbc.sql("select actor || ':' || reason from payments.refund where order_id = ?")
			.param(order.id())
			.query(String.class)
			.single()).isEqualTo("SYSTEM:stock_unavailable_after_payment");
		assertThat(available(lamp)).as("the other order's reservation stands").isEqualTo(1);
		assertThat(status(sold.id())).isEqualTo(OrderStatus.PENDING);
	}

	@Test
	void theSamePaymentSentTwiceWithOneKeyChargesOnceAndReplaysTheAnswer() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		int chargesBefore = PaymentJobs.simulatedCharges(this.context);

		MvcTestResult first = PaymentsFixtures.send(this.mvc.post()
			.uri("/api/v1/orders/{id}/process-payment", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.header("Idempotency-Key", "pay-" + order.id()), "{}");
		MvcTestResult again = PaymentsFixtures.send(this.mvc.post()
			.uri("/api/v1/orders/{id}/process-payment", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.header("Idempotency-Key", "pay-" + order.id()), "{}");

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(again).hasStatus(HttpStatus.CREATED);
		assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(PaymentsFixtures.id(again)).isEqualTo(PaymentsFixtures.id(first));
		assertThat(PaymentJobs.simulatedCharges(this.context) - chargesBefore).isEqualTo(1);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("COMPLETED");
	}

	@Test
	void refusesHostileInputAndChangesNothing() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		for (String body : List.of("{\"payment_gateway\": \"stripe\"}", "{\"payment_gateway\": \"\"}",
				"{\"payment_token\": \"" + "x".repeat(256) + "\"}", "{\"unknown\": 1}", "[]", "{\"payment_token\": 5}",
				"{\"payment_gateway\": \"sim\\u0000ulated\"}")) {
			MvcTestResult refused = PaymentsFixtures.send(this.mvc.post()
				.uri("/api/v1/orders/{id}/process-payment", order.id())
				.header(HttpHeaders.AUTHORIZATION, customer.bearer()), body);
			assertThat(refused).as(body).hasStatus(HttpStatus.BAD_REQUEST);
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/orders/not-a-uuid/process-payment")
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/api/v1/orders/{id}/process-payment", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.contentType("text/plain")
			.content("pay")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		for (String contentType : List.of("application/json;charset=ISO-8859-1", "application/json;charset=bogus")) {
			assertThat(this.mvc.post()
				.uri("/api/v1/orders/{id}/process-payment", order.id())
				.header(HttpHeaders.AUTHORIZATION, customer.bearer())
				.contentType(contentType)
				.content("{\"payment_token\": \"caf\u00e9\"}")).as(contentType)
				.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
				.bodyJson()
				.extractingPath("$.code")
				.isEqualTo("unsupported_media_type");
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/orders/{id}/process-payment", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer())
			.contentType("application/json;charset=\"UTF-8\"")
			.content("{\"payment_gateway\": \"nope\"}")).as("UTF-8, quoted, is JSON's own")
			.hasStatus(HttpStatus.BAD_REQUEST);
		for (String body : List.of("{\"reason\": \"\"}", "{\"reason\": \"x\", \"amount\": \"-1.00\"}",
				"{\"reason\": \"x\", \"amount\": \"0.00\"}", "{\"reason\": \"x\", \"amount\": \"99999999999.00\"}",
				"{\"reason\": \"x\", \"amount\": \"1.001\"}", "{\"reason\": \"x\", \"amount\": 1e400}",
				"{\"reason\": \"" + "x".repeat(501) + "\"}", "{\"reason\": \"half \\ud800 a pair\"}")) {
			assertThat(this.payments.refund(this.accounts.admin(), order.id(), body)).as(body)
				.hasStatus(HttpStatus.BAD_REQUEST);
		}
		assertThat(status(order.id())).isEqualTo(OrderStatus.PENDING);
		assertThat(this.payments.paymentStatuses(order.id())).isEmpty();
	}

	@Test
	void processPaymentWithTheSimulatedGatewayTakesAtMostEightStatements() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 50);
		UUID chair = this.inventory.stockedProduct(this.shop, 50);
		Session customer = this.accounts.customer();
		OrderView one = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		OrderView two = this.transactions
			.execute((tx) -> this.ordering
				.place(new CurrentUser(customer.userId(), Role.CUSTOMER, customer.sessionId()), lamp, chair))
			.order();

		QueryCounter.reset();
		assertThat(this.payments.pay(customer, one.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);
		long forOne = QueryCounter.count();
		QueryCounter.reset();
		assertThat(this.payments.pay(customer, two.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);
		long forTwo = QueryCounter.count();

		assertThat(forTwo).as("statements of paying an order of 2 lines (1 line: %d)", forOne).isEqualTo(forOne);
		assertThat(forOne).as("statements of paying an order").isLessThanOrEqualTo(8);
	}

	private MvcTestResult markReceived(Session who, String paymentId) {
		return this.mvc.post()
			.uri("/api/v1/payments/{id}/mark-received", paymentId)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.exchange();
	}

	/** Moves the order's window into the past and runs the expiry job. */
	private void expire(UUID orderId) {
		this.jdbc.sql("update ordering.customer_order set reservation_expires_at = placed_at where id = ?")
			.param(orderId)
			.update();
		OrderingJobs.expireOverdueOrders(this.context);
		assertThat(status(orderId)).isEqualTo(OrderStatus.CANCELLED);
	}

	private static void assertNotFound(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("order_not_found");
	}

	private OrderStatus status(UUID orderId) {
		return this.orders.findOrder(orderId).orElseThrow().status();
	}

	private int available(UUID productId) {
		Map<UUID, Integer> available = this.stock.availability(List.of(productId));
		return available.getOrDefault(productId, 0);
	}

}
