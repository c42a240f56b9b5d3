package io.mercato.payments;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.mercato.accounts.AccountsFixtures;
import io.mercato.accounts.AccountsFixtures.Session;
import io.mercato.inventory.InventoryFixtures;
import io.mercato.inventory.InventoryFixtures.Shop;
import io.mercato.inventory.InventoryManagement;
import io.mercato.ordering.OrderManagement;
import io.mercato.ordering.OrderStatus;
import io.mercato.ordering.OrderView;
import io.mercato.ordering.OrderingFixtures;
import io.mercato.ordering.PaymentMethod;
import io.mercato.ordering.PaymentStatus;
import io.mercato.shared.domain.Money;
import io.mercato.shared.security.CurrentUser;
import io.mercato.shared.security.Role;
import io.mercato.testing.MercatoApiTest;
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
 * Giving money back: in parts up to what was taken and never a cent more, even when
 * refunds race; by a shopkeeper up to their share; the order and its stock follow; a paid
 * order cancelled is refunded by itself.
 */
@MercatoApiTest
class RefundApiIntegrationTests {

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
	void partialRefundsAddUpToTheTotalAndOneCentMoreIsRefused() {
		Session admin = this.accounts.admin();
		OrderView order = paidOrder(this.inventory.stockedProduct(this.shop, 5), 2);
		BigDecimal rest = order.total().amount().subtract(new BigDecimal("20.00"));

		MvcTestResult first = this.payments.refund(admin, order.id(), "{\"amount\": \"20.00\", \"reason\": \"late\"}");
		assertThat(first).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.amount").isEqualTo("20.00");
		assertThat(first).bodyJson().extractingPath("$.actor").isEqualTo("ADMIN");
		assertThat(first).bodyJson().extractingPath("$.gateway_reference").asString().startsWith("re_sim_");
		assertThat(this.orders.findOrder(order.id()).orElseThrow().paymentStatus())
			.isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
		assertThat(this.payments.refund(admin, order.id(),
				"{\"amount\": \"%s\", \"reason\": \"too much\"}".formatted(rest.add(new BigDecimal("0.01")))))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies((body) -> {
				assertThat(body).extractingPath("$.code").isEqualTo("refund_exceeds_payment");
				assertThat(body).extractingPath("$.refundable").isEqualTo(rest.toPlainString());
			});
		assertThat(this.payments.refund(admin, order.id(),
				"{\"amount\": \"%s\", \"reason\": \"the rest\"}".formatted(rest)))
			.hasStatus(HttpStatus.CREATED);

		OrderView refunded = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.payments.paymentStatuses(order.id())).containsExactly("REFUNDED");
		assertThat(this.payments.refunded(order.id())).isEqualByComparingTo(order.total().amount());
		assertThat(this.payments.refund(admin, order.id(), "{\"amount\": \"0.01\", \"reason\": \"one cent\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("refund_exceeds_payment");
		assertThat(this.ordering.reservationStates(order.id())).as("unshipped goods come back")
			.containsExactly("RETURNED");
	}

	@Test
	void aRefundSentAgainUnderItsKeyAfterItsAnswerWasLostIsTheSameRefund() {
		Session admin = this.accounts.admin();
		OrderView order = paidOrder(this.inventory.stockedProduct(this.shop, 5), 1);
		String key = "refund-" + order.id();

		MvcTestResult first = refund(admin, order.id(), key, "{\"amount\": \"5.00\", \"reason\": \"dented\"}");
		// the stored answer is gone, as if the commit after the payout had failed
		this.jdbc.sql("delete from idempotency_key where key = ?").param(key).update();
		MvcTestResult again = refund(admin, order.id(), key, "{\"amount\": \"5.00\", \"reason\": \"dented\"}");

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(again).hasStatus(HttpStatus.CREATED);
		assertThat(PaymentsFixtures.id(again)).isEqualTo(PaymentsFixtures.id(first));
		assertThat(this.payments.refunded(order.id())).isEqualByComparingTo("5.00");
	}

	@Test
	void concurrentRefundsNeverGiveBackMoreThanWasTaken() throws Exception {
		Session admin = this.accounts.admin();
		OrderView order = paidOrder(this.inventory.stockedProduct(this.shop, 5), 1);
		BigDecimal quarter = order.total().amount().divide(new BigDecimal(4), 2, java.math.RoundingMode.DOWN);

		List<Race.Outcome<Integer>> outcomes = Race.of(8,
				(i) -> this.payments
					.refund(admin, order.id(), "{\"amount\": \"%s\", \"reason\": \"race %d\"}".formatted(quarter, i))
					.getResponse()
					.getStatus());

		assertThat(outcomes).extracting(Race.Outcome::value).filteredOn((status) -> status == 201).hasSize(4);
		assertThat(outcomes).extracting(Race.Outcome::value).filteredOn((status) -> status == 409).hasSize(4);
		assertThat(this.payments.refunded(order.id())).isEqualByComparingTo(quarter.multiply(new BigDecimal(4)));
	}

	@Test
	void aShopkeeperRefundsUpToTheirLinesShareAndNobodyElseMay() {
		Shop other = this.inventory.shop();
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID chair = this.inventory.stockedProduct(other, 5);
		Session customer = this.accounts.customer();
		CurrentUser user = new CurrentUser(customer.userId(), Role.CUSTOMER, customer.sessionId());
		OrderView order = this.transactions.execute((tx) -> this.ordering.place(user, lamp, chair)).order();
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);
		Money share = share(order, this.shop.id());

		assertThat(this.payments.refund(customer, order.id(), "{\"reason\": \"mine\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.payments.refund(this.inventory.shop().session(), order.id(), "{\"reason\": \"not mine\"}"))
			.hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult all = this.payments.refund(this.shop.session(), order.id(), "{\"reason\": \"out of stock\"}");

		assertThat(all).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.amount").isEqualTo(share.toString());
		assertThat(all).bodyJson().extractingPath("$.actor").isEqualTo("SHOPKEEPER");
		assertThat(
				this.payments.refund(this.shop.session(), order.id(), "{\"amount\": \"0.01\", \"reason\": \"more\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.refundable")
			.isEqualTo("0.00");
		assertThat(this.orders.findOrder(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(this.payments.refund(this.accounts.admin(), order.id(), "{\"reason\": \"the rest\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.orders.findOrder(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
	}

	@Test
	void shippedGoodsComeBackToStockOnlyWhenTheRefundSaysSo() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID vase = this.inventory.stockedProduct(this.shop, 5);
		OrderView kept = paidOrder(lamp, 1);
		OrderView returned = paidOrder(vase, 1);
		ship(kept.id());
		ship(returned.id());
		Session admin = this.accounts.admin();

		assertThat(this.payments.refund(admin, kept.id(), "{\"reason\": \"lost in the post\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.payments.refund(admin, returned.id(),
				"{\"amount\": \"1.00\", \"reason\": \"sent back\", \"restock\": true}"))
			.as("restock needs the whole refund")
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.payments.refund(admin, returned.id(), "{\"reason\": \"sent back\", \"restock\": true}"))
			.hasStatus(HttpStatus.CREATED);

		assertThat(available(lamp)).isEqualTo(4);
		assertThat(available(vase)).isEqualTo(5);
		assertThat(this.orders.findOrder(kept.id()).orElseThrow().status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(this.jdbc
			.sql("select count(*) from inventory.stock_movement where product_id = ? and reason = 'RETURN'")
			.param(vase)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnpaidOrderHasNothingToRefund() {
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = this.payments.place(this.accounts.customer(), PaymentMethod.CREDIT_CARD, lamp, 1);

		assertThat(this.payments.refund(this.accounts.admin(), order.id(), "{\"reason\": \"why\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("not_paid");
		assertThat(this.payments.refund(this.accounts.admin(), UUID.randomUUID(), "{\"reason\": \"why\"}"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPaidOrderCancelledIsRefundedInFullOnce() {
		Session customer = this.accounts.customer();
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);

		assertThat(PaymentsFixtures.send(this.mvc.post()
			.uri("/api/v1/orders/{id}/cancel", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer()), "{\"reason\": \"found it cheaper\"}")).hasStatusOk();

		Awaitility.await()
			.untilAsserted(() -> assertThat(this.payments.paymentStatuses(order.id())).containsExactly("REFUNDED"));
		OrderView cancelled = this.orders.findOrder(order.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.payments.refunded(order.id())).isEqualByComparingTo(order.total().amount());
		assertThat(available(lamp)).isEqualTo(5);
		// derived from the payment and the reason: a redelivered event would ask the
		// gateway
		// under the same idempotency key
		UUID paymentId = this.jdbc.sql("select id from payments.payment where order_id = ?")
			.param(order.id())
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("select id from payments.refund where order_id = ?")
			.param(order.id())
			.query(UUID.class)
			.single())
			.isEqualTo(UUID.nameUUIDFromBytes((paymentId + ":found it cheaper").getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aPartlyRefundedOrderThatIsCancelledGetsTheRestBack() {
		Session customer = this.accounts.customer();
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, lamp, 1);
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);
		assertThat(this.payments.refund(this.accounts.admin(), order.id(),
				"{\"amount\": \"5.00\", \"reason\": \"scratched\"}"))
			.hasStatus(HttpStatus.CREATED);

		assertThat(PaymentsFixtures.send(this.mvc.post()
			.uri("/api/v1/orders/{id}/cancel", order.id())
			.header(HttpHeaders.AUTHORIZATION, customer.bearer()), "{\"reason\": \"not worth it\"}")).hasStatusOk();

		Awaitility.await()
			.untilAsserted(() -> assertThat(this.payments.paymentStatuses(order.id())).containsExactly("REFUNDED"));
		assertThat(this.payments.refunded(order.id())).isEqualByComparingTo(order.total().amount());
		assertThat(this.orders.findOrder(order.id()).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void onlyAnAdminOrTheShopkeeperOfEveryLineRestocksOrRecordsAReceipt() {
		Shop other = this.inventory.shop();
		Session customer = this.accounts.customer();
		CurrentUser user = new CurrentUser(customer.userId(), Role.CUSTOMER, customer.sessionId());
		UUID lamp = this.inventory.stockedProduct(this.shop, 5);
		UUID chair = this.inventory.stockedProduct(other, 5);
		OrderView order = this.transactions.execute((tx) -> this.ordering.place(user, lamp, chair)).order();
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);

		assertThat(this.payments.refund(this.shop.session(), order.id(), "{\"reason\": \"back\", \"restock\": true}"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("not_whole_order");
		assertThat(this.payments.refunded(order.id())).isZero();
	}

	private MvcTestResult refund(Session who, UUID orderId, String key, String json) {
		return PaymentsFixtures.send(this.mvc.post()
			.uri("/api/v1/orders/{id}/refund", orderId)
			.header(HttpHeaders.AUTHORIZATION, who.bearer())
			.header("Idempotency-Key", key), json);
	}

	private OrderView paidOrder(UUID productId, int quantity) {
		Session customer = this.accounts.customer();
		OrderView order = this.payments.place(customer, PaymentMethod.CREDIT_CARD, productId, quantity);
		assertThat(this.payments.pay(customer, order.id(), "tok_approve")).hasStatus(HttpStatus.CREATED);
		return this.orders.findOrder(order.id()).orElseThrow();
	}

	private void ship(UUID orderId) {
		assertThat(PaymentsFixtures.send(
				this.mvc.post()
					.uri("/api/v1/orders/{id}/ship", orderId)
					.header(HttpHeaders.AUTHORIZATION, this.shop.session().bearer()),
				"{\"carrier\": \"DHL\", \"tracking_number\": \"123\"}"))
			.hasStatusOk();
	}

	private static Money share(OrderView order, UUID shopkeeperId) {
		return order.items()
			.stream()
			.filter((item) -> item.shopkeeperId().equals(shopkeeperId))
			.map((item) -> item.lineTotal()
				.minus(item.discountShare())
				.plus(item.shippingShare())
				.plus(item.taxShare()))
			.reduce(Money.ZERO, Money::plus);
	}

	private int available(UUID productId) {
		Map<UUID, Integer> available = this.stock.availability(List.of(productId));
		return available.getOrDefault(productId, 0);
	}

}
